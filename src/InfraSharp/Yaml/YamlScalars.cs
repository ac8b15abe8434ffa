using System.Globalization;
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
    /// Appends <paramref name="value"/> as YamlDotNet's emitter writes a scalar of the style InfraSharp asks for: plain
    /// when <see cref="CanBePlain"/>, otherwise double-quoted with YamlDotNet's escapes (named ones such as <c>\n</c>,
    /// <c>\xXX</c> for other control characters, <c>\uXXXX</c> for non-characters, <c>\UXXXXXXXX</c> for characters
    /// beyond the BMP; tabs and other printable text as they are, no line folding at the writer's width). A lone
    /// surrogate, which no UTF-8 file can hold, becomes U+FFFD, as System.Text.Json writes it on the serializer's path.
    /// </summary>
    public static void Append(StringBuilder output, string value)
    {
        if (CanBePlain(value))
        {
            output.Append(value);
            return;
        }
        output.Append('"');
        var start = 0;
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (character is >= ' ' and <= '~' and not '"' and not '\\' || IsVerbatim(character))
            {
                continue;
            }
            output.Append(value, start, index - start);
            start = index + 1;
            switch (character)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\0': output.Append("\\0"); break;
                case '\a': output.Append("\\a"); break;
                case '\b': output.Append("\\b"); break;
                case '\n': output.Append("\\n"); break;
                case '\v': output.Append("\\v"); break;
                case '\f': output.Append("\\f"); break;
                case '\r': output.Append("\\r"); break;
                case '\u001B': output.Append("\\e"); break;
                case '\u0085': output.Append("\\N"); break;
                case '\u2028': output.Append("\\L"); break;
                case '\u2029': output.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
                    {
                        output.Append("\\U").Append(char.ConvertToUtf32(character, value[index + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        index++;
                        start = index + 1;
                    }
                    else if (char.IsSurrogate(character))
                    {
                        output.Append('\uFFFD');
                    }
                    else if (character < 0x100)
                    {
                        output.Append("\\x").Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    break;
            }
        }
        output.Append(value, start, value.Length - start);
        output.Append('"');
    }

    /// <summary>True for a line break, which makes YamlDotNet write a mapping key in the explicit <c>? key</c> form.</summary>
    public static bool HasLineBreak(string value) => value.AsSpan().IndexOfAny(LineBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029");

    // Written as they are inside double quotes: the tab, and printable text beyond ASCII (YamlDotNet writes Unicode
    // as it is), except the line breaks and non-characters escaped above.
    private static bool IsVerbatim(char character) =>
        character == '\t' || (character >= '\u00A0' && character <= '\uD7FF' && character is not '\u2028' and not '\u2029') || (character >= '\uE000' && character <= '\uFFFD');
}
