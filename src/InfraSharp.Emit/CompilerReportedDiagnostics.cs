using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfraSharp.Emit.Host;

/// <summary>
/// The InfraSharp diagnostics the compiler's analyzers already reported, read from its SARIF error log
/// (<c>-errorlog</c>, versions 1 and 2.1). The host checks the same rules again at run time, because values only known
/// then (a port read from a file) escape the analyzers; a run-time warning the analyzers already gave for the same
/// rule, file and line is not repeated.
/// </summary>
internal sealed partial class CompilerReportedDiagnostics
{
    private readonly HashSet<(string Id, string File, int Line)> _reported;
    private readonly string _baseDirectory;

    private CompilerReportedDiagnostics(HashSet<(string Id, string File, int Line)> reported, string baseDirectory)
    {
        _reported = reported;
        _baseDirectory = baseDirectory;
    }

    /// <summary>Nothing known: every run-time diagnostic is printed.</summary>
    public static CompilerReportedDiagnostics None { get; } = new([], string.Empty);

    /// <summary>How many InfraSharp results the log held.</summary>
    public int Count => _reported.Count;

    /// <summary>
    /// Reads the log named by an <c>ErrorLog</c> value (<c>path</c> or <c>path,version=2.1</c>). A missing or unreadable
    /// log gives <see cref="None"/> and a <paramref name="problem"/>: the build then shows both reports, never fewer.
    /// </summary>
    public static CompilerReportedDiagnostics Load(string? errorLog, string baseDirectory, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(errorLog))
        {
            return None;
        }
        var path = Path.GetFullPath(VersionSuffix().Replace(errorLog.Trim(), string.Empty), baseDirectory);
        if (!File.Exists(path))
        {
            problem = $"compiler error log '{path}' not found";
            return None;
        }
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
            var reported = new HashSet<(string, string, int)>(ReportedKeyComparer.Instance);
            foreach (var run in Array(document.RootElement, "runs"))
            {
                foreach (var result in Array(run, "results"))
                {
                    if (Read(result, baseDirectory) is { } key)
                    {
                        reported.Add(key);
                    }
                }
            }
            return new CompilerReportedDiagnostics(reported, baseDirectory);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or UriFormatException)
        {
            problem = $"compiler error log '{path}' unreadable: {ex.Message}";
            return None;
        }
    }

    /// <summary>True when the analyzers reported <paramref name="id"/> at <paramref name="file"/> line <paramref name="line"/> (any column).</summary>
    public bool Contains(string id, string file, int line) =>
        _reported.Count > 0 && file.Length > 0 && _reported.Contains((id, Normalize(file, _baseDirectory), line));

    // A result, suppressed or not (a #pragma'd analyzer warning must not come back from the run-time check).
    private static (string, string, int)? Read(JsonElement result, string baseDirectory)
    {
        if (result.ValueKind != JsonValueKind.Object ||
            !result.TryGetProperty("ruleId", out var ruleId) || ruleId.ValueKind != JsonValueKind.String ||
            ruleId.GetString() is not { } id || !id.StartsWith("ISH", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var location in Array(result, "locations"))
        {
            // SARIF 2.1: physicalLocation.artifactLocation.uri + physicalLocation.region; SARIF 1: resultFile.uri + resultFile.region.
            var physical = Property(location, "physicalLocation") ?? Property(location, "resultFile");
            var uri = physical is { } p ? (Property(p, "artifactLocation") is { } artifact ? Text(artifact, "uri") : Text(p, "uri")) : null;
            var region = physical is { } q ? Property(q, "region") : null;
            if (uri is not null && region is { } r && Property(r, "startLine") is { ValueKind: JsonValueKind.Number } startLine && startLine.TryGetInt32(out var line))
            {
                return (id, Normalize(ToPath(uri), baseDirectory), line);
            }
        }
        return null;
    }

    private static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri);

    private static string Normalize(string file, string baseDirectory) => Path.GetFullPath(file, baseDirectory);

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    [GeneratedRegex(",version=[0-9.]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VersionSuffix();

    /// <summary>Rule ids compare exactly; file paths as the file system does.</summary>
    private sealed class ReportedKeyComparer : IEqualityComparer<(string Id, string File, int Line)>
    {
        public static readonly ReportedKeyComparer Instance = new();

        private static readonly StringComparer Files = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        public bool Equals((string Id, string File, int Line) x, (string Id, string File, int Line) y) =>
            x.Line == y.Line && string.Equals(x.Id, y.Id, StringComparison.Ordinal) && Files.Equals(x.File, y.File);

        public int GetHashCode((string Id, string File, int Line) obj) =>
            HashCode.Combine(obj.Line, StringComparer.Ordinal.GetHashCode(obj.Id), Files.GetHashCode(obj.File));
    }
}
