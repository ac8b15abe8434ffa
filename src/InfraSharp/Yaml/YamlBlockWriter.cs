using System.Text.Json;

namespace InfraSharp.Yaml;

/// <summary>
/// The fast path of <see cref="YamlJsonWriter"/>: walks a JSON tree into a <see cref="YamlTreeWriter"/>, which writes
/// the text that YamlDotNet's emitter (with the writer's settings) produces, without YamlDotNet's event objects and
/// scalar analysis. A root that is not a mapping, a key YamlDotNet writes as <c>? key</c> or nesting deeper than 64
/// levels returns false, and the caller uses YamlDotNet. A test keeps both byte-identical.
/// </summary>
internal static class YamlBlockWriter
{
    /// <summary>Writes <paramref name="root"/> as YAML, or returns false when YamlDotNet must write it.</summary>
    public static bool TryWrite(JsonElement root, Func<string, string>? transformValue, out string yaml)
    {
        yaml = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        var writer = YamlTreeWriter.Start(transformValue: transformValue);
        var text = writer.Finish(WriteNode(writer, root));
        yaml = text ?? string.Empty;
        return text is not null;
    }

    private static bool WriteNode(YamlTreeWriter writer, JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                if (!writer.BeginMapping())
                {
                    return false;
                }
                foreach (var property in node.EnumerateObject())
                {
                    if (!writer.Key(property.Name) || !WriteNode(writer, property.Value))
                    {
                        return false;
                    }
                }
                writer.EndMapping();
                return true;
            case JsonValueKind.Array:
                if (!writer.BeginSequence())
                {
                    return false;
                }
                foreach (var item in node.EnumerateArray())
                {
                    if (!WriteNode(writer, item))
                    {
                        return false;
                    }
                }
                writer.EndSequence();
                return true;
            case JsonValueKind.String:
                writer.String(node.GetString()!);
                return true;
            case JsonValueKind.Number:
                writer.Plain(node.GetRawText());
                return true;
            case JsonValueKind.True:
                writer.Boolean(true);
                return true;
            case JsonValueKind.False:
                writer.Boolean(false);
                return true;
            default:
                writer.Null();
                return true;
        }
    }
}
