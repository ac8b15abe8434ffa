using System.Globalization;

namespace InfraSharp.Emit.Host;

/// <summary>A place in the user's source, printed the way MSBuild and compilers do: <c>file(line,col)</c>.</summary>
/// <param name="FilePath">Source file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
internal sealed record SourcePosition(string FilePath, int Line, int Column)
{
    /// <summary>The prefix of a canonical diagnostic line: <c>file(line,col): </c>.</summary>
    public string ToOrigin() => string.Create(CultureInfo.InvariantCulture, $"{FilePath}({Line},{Math.Max(Column, 1)}): ");
}
