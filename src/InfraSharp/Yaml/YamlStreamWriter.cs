using System.Buffers;
using System.Text.Json;

namespace InfraSharp.Yaml;

/// <summary>
/// <see cref="YamlBlockWriter"/> over JSON text rather than a JSON tree: reads the tokens of a serialized document
/// one by one and writes the same YAML, so that a document of megabytes (a Compose file of thousands of services)
/// never becomes a <see cref="JsonDocument"/>, whose index System.Text.Json grows in arrays of the shared pool that
/// then stay cached for the rest of the process. Same subset, same output; null when the document is outside it
/// (the caller then parses the text and takes <see cref="YamlJsonWriter"/>'s path).
/// </summary>
internal static class YamlStreamWriter
{
    private const int MaxSimpleKeyLength = 1024;
    private const int Indent = 2;

    /// <summary>
    /// <paramref name="header"/> followed by the YAML of the JSON document <paramref name="json"/>, or null when the
    /// document is outside the subset. Two passes over the tokens: the first measures the text (and finds out
    /// whether it is in the subset), the second writes it straight into the result string, so the text of a large
    /// document is not also grown in a builder.
    /// </summary>
    public static string? TryWrite(ReadOnlySequence<byte> json, string header, Func<string, string>? transformValue)
    {
        var counter = new LengthCounter { Length = header.Length };
        if (!TryWrite(json, ref counter, transformValue) || counter.Length > Array.MaxLength)
        {
            return null;
        }
        // Written into an exact-size buffer, then copied once into the string: strings are never written in place.
        var buffer = new char[counter.Length];
        header.AsSpan().CopyTo(buffer);
        var writer = new MemoryWriter(buffer.AsMemory(header.Length));
        if (!TryWrite(json, ref writer, transformValue) || writer.Position != buffer.Length - header.Length)
        {
            throw new InvalidOperationException("The YAML text changed between its two passes.");
        }
        return new string(buffer);
    }

    private static bool TryWrite<TOutput>(ReadOnlySequence<byte> json, ref TOutput output, Func<string, string>? transformValue)
        where TOutput : IYamlOutput
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        if (IsEmptyAhead(reader))
        {
            output.Append("{}\n");
            return true;
        }
        return WriteMapping(ref output, ref reader, 0, firstInline: false, transformValue);
    }

    // Reader on StartObject; returns with the reader on the matching EndObject.
    private static bool WriteMapping<TOutput>(ref TOutput output, ref Utf8JsonReader reader, int indent, bool firstInline, Func<string, string>? transformValue)
        where TOutput : IYamlOutput
    {
        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            if (key.Length > MaxSimpleKeyLength)
            {
                return false;
            }
            if (!first || !firstInline)
            {
                output.Append(' ', indent);
            }
            first = false;
            if (!YamlScalars.TryAppend(ref output, key))
            {
                return false;
            }
            output.Append(':');
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when !IsEmptyAhead(reader):
                    output.Append('\n');
                    if (!WriteMapping(ref output, ref reader, indent + Indent, firstInline: false, transformValue))
                    {
                        return false;
                    }
                    break;
                case JsonTokenType.StartArray when !IsEmptyAhead(reader):
                    output.Append('\n');
                    if (!WriteSequence(ref output, ref reader, indent + Indent, firstInline: false, transformValue))
                    {
                        return false;
                    }
                    break;
                default:
                    output.Append(' ');
                    if (!AppendLeaf(ref output, ref reader, transformValue))
                    {
                        return false;
                    }
                    output.Append('\n');
                    break;
            }
        }
        return true;
    }

    // Reader on StartArray; returns with the reader on the matching EndArray.
    private static bool WriteSequence<TOutput>(ref TOutput output, ref Utf8JsonReader reader, int indent, bool firstInline, Func<string, string>? transformValue)
        where TOutput : IYamlOutput
    {
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!first || !firstInline)
            {
                output.Append(' ', indent);
            }
            first = false;
            output.Append("- ");
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when !IsEmptyAhead(reader):
                    if (!WriteMapping(ref output, ref reader, indent + Indent, firstInline: true, transformValue))
                    {
                        return false;
                    }
                    break;
                case JsonTokenType.StartArray when !IsEmptyAhead(reader):
                    if (!WriteSequence(ref output, ref reader, indent + Indent, firstInline: true, transformValue))
                    {
                        return false;
                    }
                    break;
                default:
                    if (!AppendLeaf(ref output, ref reader, transformValue))
                    {
                        return false;
                    }
                    output.Append('\n');
                    break;
            }
        }
        return true;
    }

    // A scalar, or an empty collection (the reader then moves onto its end token).
    private static bool AppendLeaf<TOutput>(ref TOutput output, ref Utf8JsonReader reader, Func<string, string>? transformValue)
        where TOutput : IYamlOutput
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                reader.Read();
                output.Append("{}");
                return true;
            case JsonTokenType.StartArray:
                reader.Read();
                output.Append("[]");
                return true;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return YamlScalars.TryAppend(ref output, transformValue is null ? text : transformValue(text));
            case JsonTokenType.Number:
                AppendAscii(ref output, reader);
                return true;
            case JsonTokenType.True:
                output.Append("true");
                return true;
            case JsonTokenType.False:
                output.Append("false");
                return true;
            default:
                output.Append("null");
                return true;
        }
    }

    // A number's exact JSON text (ASCII), as JsonElement.GetRawText gives it.
    private static void AppendAscii<TOutput>(ref TOutput output, Utf8JsonReader reader)
        where TOutput : IYamlOutput
    {
        if (reader.HasValueSequence)
        {
            foreach (var segment in reader.ValueSequence)
            {
                foreach (var b in segment.Span)
                {
                    output.Append((char)b);
                }
            }
        }
        else
        {
            foreach (var b in reader.ValueSpan)
            {
                output.Append((char)b);
            }
        }
    }

    // True when the collection the reader is on has no items (looks one token ahead on a copy).
    private static bool IsEmptyAhead(Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
    }

    // The first pass: only counts.
    private struct LengthCounter : IYamlOutput
    {
        public long Length;

        public void Append(char value) => Length++;

        public void Append(char value, int count) => Length += count;

        public void Append(ReadOnlySpan<char> value) => Length += value.Length;
    }

    // The second pass: writes into the result's memory, sized by the first.
    private struct MemoryWriter : IYamlOutput
    {
        private readonly Memory<char> _buffer;

        public MemoryWriter(Memory<char> buffer) => _buffer = buffer;

        public int Position { get; private set; }

        public void Append(char value) => _buffer.Span[Position++] = value;

        public void Append(char value, int count)
        {
            _buffer.Span.Slice(Position, count).Fill(value);
            Position += count;
        }

        public void Append(ReadOnlySpan<char> value)
        {
            value.CopyTo(_buffer.Span[Position..]);
            Position += value.Length;
        }
    }
}
