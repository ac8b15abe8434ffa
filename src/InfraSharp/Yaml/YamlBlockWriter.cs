using System.Text;
using System.Text.Json;

namespace InfraSharp.Yaml;

/// <summary>
/// The fast path of <see cref="YamlJsonWriter"/>: writes the text that YamlDotNet's emitter (with the writer's
/// settings) produces for the trees InfraSharp emits, straight into a reused <see cref="StringBuilder"/>, without
/// YamlDotNet's event objects and scalar analysis. It covers a closed subset: a mapping at the root, keys of at most
/// 1024 characters (YamlDotNet writes longer ones as <c>? key</c>), and strings that are plain-safe
/// (<see cref="YamlScalars.CanBePlain"/>) or printable ASCII (double-quoted, only <c>"</c> and <c>\</c> escaped).
/// Anything else returns false and the caller uses YamlDotNet; a test keeps both byte-identical.
/// </summary>
internal static class YamlBlockWriter
{
    // YamlDotNet writes a mapping key longer than this (EmitterSettings.MaxSimpleKeyLength, default 1024) as an
    // explicit "? key" entry.
    private const int MaxSimpleKeyLength = 1024;

    // The indentation step, as EmitterSettings.WithBestIndent(2).
    private const int Indent = 2;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Writes <paramref name="root"/> as YAML, or returns false (and writes nothing) when it is outside the subset.</summary>
    public static bool TryWrite(JsonElement root, Func<string, string>? transformValue, out string yaml)
    {
        yaml = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        var builder = t_builder ?? new StringBuilder(4096);
        t_builder = null;
        builder.Clear();
        try
        {
            bool written;
            if (IsEmpty(root))
            {
                builder.Append("{}\n");
                written = true;
            }
            else
            {
                written = WriteMapping(builder, root, 0, firstInline: false, transformValue);
            }
            if (written)
            {
                yaml = builder.ToString();
            }
            return written;
        }
        finally
        {
            // Keep one builder per thread for the next document, unless it grew for a huge one (a Compose file of
            // thousands of services): holding that would keep megabytes alive for the rest of the process.
            if (builder.Capacity <= 64 * 1024)
            {
                t_builder = builder;
            }
        }
    }

    /// <summary>A block mapping whose entries start at <paramref name="indent"/>; the first one may follow a <c>- </c>.</summary>
    private static bool WriteMapping(StringBuilder output, JsonElement mapping, int indent, bool firstInline, Func<string, string>? transformValue)
    {
        var first = true;
        foreach (var property in mapping.EnumerateObject())
        {
            var key = property.Name;
            if (key.Length > MaxSimpleKeyLength)
            {
                return false;
            }
            if (!first || !firstInline)
            {
                output.Append(' ', indent);
            }
            first = false;
            if (!AppendString(output, key))
            {
                return false;
            }
            output.Append(':');
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object when !IsEmpty(value):
                    output.Append('\n');
                    if (!WriteMapping(output, value, indent + Indent, firstInline: false, transformValue))
                    {
                        return false;
                    }
                    break;
                case JsonValueKind.Array when value.GetArrayLength() > 0:
                    // EmitterSettings.WithIndentedSequences: a sequence under a key is indented one step.
                    output.Append('\n');
                    if (!WriteSequence(output, value, indent + Indent, firstInline: false, transformValue))
                    {
                        return false;
                    }
                    break;
                default:
                    output.Append(' ');
                    if (!AppendLeaf(output, value, transformValue))
                    {
                        return false;
                    }
                    output.Append('\n');
                    break;
            }
        }
        return true;
    }

    /// <summary>A block sequence whose <c>- </c> marks sit at <paramref name="indent"/>; the first may follow a <c>- </c>.</summary>
    private static bool WriteSequence(StringBuilder output, JsonElement sequence, int indent, bool firstInline, Func<string, string>? transformValue)
    {
        var first = true;
        foreach (var item in sequence.EnumerateArray())
        {
            if (!first || !firstInline)
            {
                output.Append(' ', indent);
            }
            first = false;
            output.Append("- ");
            switch (item.ValueKind)
            {
                case JsonValueKind.Object when !IsEmpty(item):
                    if (!WriteMapping(output, item, indent + Indent, firstInline: true, transformValue))
                    {
                        return false;
                    }
                    break;
                case JsonValueKind.Array when item.GetArrayLength() > 0:
                    if (!WriteSequence(output, item, indent + Indent, firstInline: true, transformValue))
                    {
                        return false;
                    }
                    break;
                default:
                    if (!AppendLeaf(output, item, transformValue))
                    {
                        return false;
                    }
                    output.Append('\n');
                    break;
            }
        }
        return true;
    }

    /// <summary>A scalar, or an empty collection in flow style.</summary>
    private static bool AppendLeaf(StringBuilder output, JsonElement value, Func<string, string>? transformValue)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                output.Append("{}");
                return true;
            case JsonValueKind.Array:
                output.Append("[]");
                return true;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return AppendString(output, transformValue is null ? text : transformValue(text));
            case JsonValueKind.Number:
                output.Append(value.GetRawText());
                return true;
            case JsonValueKind.True:
                output.Append("true");
                return true;
            case JsonValueKind.False:
                output.Append("false");
                return true;
            default:
                output.Append("null");
                return true;
        }
    }

    private static bool AppendString(StringBuilder output, string value)
    {
        var sink = new StringBuilderOutput(output);
        return YamlScalars.TryAppend(ref sink, value);
    }

    private static bool IsEmpty(JsonElement mapping)
    {
        using var properties = mapping.EnumerateObject();
        return !properties.MoveNext();
    }
}
