namespace InfraSharp.Emit.Host;

/// <summary>
/// Undoes the compiler's <c>PathMap</c> (set by deterministic CI builds, such as <c>/work/repo/=/_/</c>): caller file
/// paths and PDB documents then hold <c>/_/src/Stacks.cs</c>, which no editor or CI annotation can open.
/// </summary>
internal sealed class SourcePathMap
{
    // Longest mapped prefix first, so nested mappings pick the most specific one.
    private readonly List<(string Original, string Mapped)> _entries;

    private SourcePathMap(List<(string Original, string Mapped)> entries) => _entries = entries;

    /// <summary>No mapping.</summary>
    public static SourcePathMap None { get; } = new([]);

    /// <summary>Parses the MSBuild <c>PathMap</c> value: <c>original1=mapped1,original2=mapped2</c>; malformed entries are skipped.</summary>
    public static SourcePathMap Parse(string? pathMap)
    {
        var entries = new List<(string, string)>();
        foreach (var entry in (pathMap ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < entry.Length - 1)
            {
                entries.Add((entry[..equals], entry[(equals + 1)..]));
            }
        }
        return new SourcePathMap(entries.OrderByDescending(e => e.Item2.Length).ToList());
    }

    /// <summary>The original path of <paramref name="path"/>, or <paramref name="path"/> when no mapping applies.</summary>
    public string Unmap(string path)
    {
        foreach (var (original, mapped) in _entries)
        {
            if (path.StartsWith(mapped, StringComparison.Ordinal))
            {
                var rest = path[mapped.Length..];
                return Path.Combine(original, rest.TrimStart('/', '\\'));
            }
        }
        return path;
    }
}
