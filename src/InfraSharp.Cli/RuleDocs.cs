using System.Text.RegularExpressions;

namespace InfraSharp.Cli;

/// <summary>The rule pages of <c>docs/rules/</c>, embedded in the tool.</summary>
internal static partial class RuleDocs
{
    /// <summary>The page of <paramref name="id"/> (<c>ISH2003</c>, case-insensitive), or null when there is none.</summary>
    public static string? Find(string id)
    {
        var normalized = id.Trim().ToUpperInvariant();
        if (!IdPattern().IsMatch(normalized))
        {
            return null;
        }
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("rules/" + normalized + ".md");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Every id that has a page, sorted.</summary>
    public static IReadOnlyList<string> Ids() =>
        typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^".md".Length])
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("^ISH[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
