namespace InfraSharp.Model;

/// <summary>Where in the user's code an object was declared, so runtime diagnostics point at it.</summary>
/// <param name="FilePath">The source file, as the compiler saw it.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record SourceLocation(string FilePath, int Line)
{
    /// <summary>No known location.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0);

    /// <summary>True when a file is known.</summary>
    public bool IsKnown => FilePath.Length > 0 && Line > 0;

    internal static SourceLocation From(string file, int line) =>
        string.IsNullOrEmpty(file) || line <= 0 ? None : new SourceLocation(file, line);
}
