namespace InfraSharp.Emit.Host;

/// <summary>
/// The project's <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c> and <c>WarningsNotAsErrors</c>, applied to the
/// run-time copies of the rules as the compiler applies them to the analyzers' copies.
/// </summary>
/// <param name="All">TreatWarningsAsErrors: every warning is an error unless <paramref name="Except"/> names it.</param>
/// <param name="Ids">WarningsAsErrors: these warnings are errors.</param>
/// <param name="Except">WarningsNotAsErrors: these stay warnings under <paramref name="All"/>.</param>
public sealed record WarningsAsErrors(bool All, IReadOnlySet<string> Ids, IReadOnlySet<string> Except)
{
    /// <summary>Warnings stay warnings.</summary>
    public static WarningsAsErrors None { get; } = new(false, new HashSet<string>(), new HashSet<string>());

    /// <summary>Reads the MSBuild property values (ids separated by ';' or ',').</summary>
    public static WarningsAsErrors From(bool all, string? ids, string? except) => new(all, Split(ids), Split(except));

    /// <summary>True when a warning with <paramref name="id"/> must fail the build.</summary>
    public bool Promotes(string id) => Ids.Contains(id) || (All && !Except.Contains(id));

    private static HashSet<string> Split(string? ids) =>
        new((ids ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
}
