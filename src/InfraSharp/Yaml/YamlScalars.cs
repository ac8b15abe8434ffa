using System.Text;
using System.Text.RegularExpressions;

namespace InfraSharp.Yaml;

/// <summary>
/// Decides when a string may be written as a plain (unquoted) YAML scalar. The test is deliberately conservative:
/// readers differ (docker-compose's PyYAML and Kubernetes' go-yaml follow YAML 1.1, where <c>yes</c>, <c>on</c>,
/// <c>0123</c> or <c>1:20</c> are not strings), so anything that any of them could read as another type, or that
/// carries YAML syntax, is double-quoted instead.
/// </summary>
internal static partial class YamlScalars
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null",
    };

    // \A and \z, not ^ and $: "$" also matches before a final "\n", which would let "text\n" through as plain.
    [GeneratedRegex(@"\A[A-Za-z_/][A-Za-z0-9_./@+-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();

    /// <summary>True when <paramref name="value"/> reads back as the same string in YAML 1.1 and 1.2 unquoted.</summary>
    public static bool CanBePlain(string value) =>
        value.Length is > 0 and <= 512 && PlainSafe().IsMatch(value) && !ReservedWords.Contains(value);

    /// <summary>
    /// Appends <paramref name="value"/> as the fast writers write scalars: plain when <see cref="CanBePlain"/>,
    /// double-quoted when it is printable ASCII (only <c>"</c> and <c>\</c> need escaping then); false, with nothing
    /// appended, for anything else, which the caller leaves to YamlDotNet's emitter.
    /// </summary>
    public static bool TryAppend(StringBuilder output, string value)
    {
        if (CanBePlain(value))
        {
            output.Append(value);
            return true;
        }
        foreach (var character in value)
        {
            if (character is < ' ' or > '~')
            {
                return false;
            }
        }
        output.Append('"');
        var start = 0;
        for (var index = 0; index < value.Length; index++)
        {
            if (value[index] is '"' or '\\')
            {
                output.Append(value.AsSpan(start, index - start));
                output.Append('\\');
                output.Append(value[index]);
                start = index + 1;
            }
        }
        output.Append(value.AsSpan(start, value.Length - start));
        output.Append('"');
        return true;
    }
}
