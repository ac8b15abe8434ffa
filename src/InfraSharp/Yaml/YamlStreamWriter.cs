using System.Buffers;
using System.Text.Json;

namespace InfraSharp.Yaml;

/// <summary>
/// <see cref="YamlBlockWriter"/> over JSON text rather than a JSON tree: reads the tokens of a serialized document
/// one by one into a <see cref="YamlTreeWriter"/>, so that a document of megabytes (a Compose file of thousands of
/// services that the generated writer does not cover) never becomes a <see cref="JsonDocument"/>, whose index
/// System.Text.Json grows in arrays of the shared pool that then stay cached for the rest of the process. Same cases,
/// same output; null where <see cref="YamlBlockWriter"/> returns false (the caller then parses the text and takes
/// <see cref="YamlJsonWriter"/>'s path).
/// </summary>
internal static class YamlStreamWriter
{
    /// <summary><paramref name="header"/> followed by the YAML of the JSON document <paramref name="json"/>, or null.</summary>
    public static string? TryWrite(ReadOnlySequence<byte> json, string header, Func<string, string>? transformValue)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        var writer = YamlTreeWriter.Start(header, transformValue);
        return writer.Finish(WriteTokens(ref reader, writer));
    }

    // The reader starts on the root's StartObject; the document ends with its EndObject at depth 0.
    private static bool WriteTokens(ref Utf8JsonReader reader, YamlTreeWriter writer)
    {
        while (WriteToken(ref reader, writer))
        {
            if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }
            if (!reader.Read())
            {
                return false;
            }
        }
        return false;
    }

    private static bool WriteToken(ref Utf8JsonReader reader, YamlTreeWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return writer.BeginMapping();
            case JsonTokenType.StartArray:
                return writer.BeginSequence();
            case JsonTokenType.EndObject:
                writer.EndMapping();
                return true;
            case JsonTokenType.EndArray:
                writer.EndSequence();
                return true;
            case JsonTokenType.PropertyName:
                return writer.Key(reader.GetString()!);
            case JsonTokenType.String:
                writer.String(reader.GetString()!);
                return true;
            case JsonTokenType.Number:
                WriteNumber(ref reader, writer);
                return true;
            case JsonTokenType.True:
                writer.Boolean(true);
                return true;
            case JsonTokenType.False:
                writer.Boolean(false);
                return true;
            default:
                writer.Null();
                return true;
        }
    }

    // A number's exact JSON text (ASCII), as JsonElement.GetRawText gives it.
    private static void WriteNumber(ref Utf8JsonReader reader, YamlTreeWriter writer)
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        Span<char> text = bytes.Length <= 64 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (var index = 0; index < bytes.Length; index++)
        {
            text[index] = (char)bytes[index];
        }
        writer.Plain(text);
    }
}
