using System.Globalization;
using System.Text;

namespace InfraSharp.Yaml;

/// <summary>
/// Block-style YAML from a stream of events (mappings, sequences, keys, scalars), with the layout that YamlDotNet's
/// emitter gives with <see cref="YamlJsonWriter"/>'s settings: two-space indentation, sequences indented under their
/// key, the first entry of a collection inside a sequence on the <c>- </c> line, empty collections as <c>{}</c> and
/// <c>[]</c>, <c>\n</c> line ends, scalars as <see cref="YamlScalars.Append"/> writes them. A key YamlDotNet would
/// write as <c>? key</c> makes <see cref="Key"/> return false, and the caller abandons the document for YamlDotNet's
/// path. Used by the JSON tree writer
/// (<see cref="YamlBlockWriter"/>) and by the generated model writers (<see cref="GeneratedYamlWriterAttribute"/>).
/// </summary>
internal sealed class YamlTreeWriter
{
    // YamlDotNet writes a mapping key longer than this (EmitterSettings.MaxSimpleKeyLength) as an explicit "? key".
    private const int MaxSimpleKeyLength = 1024;

    // The indentation step, as EmitterSettings.WithBestIndent(2).
    private const int Indent = 2;

    // Deeper documents are left to the caller's other path (System.Text.Json's default MaxDepth is 64 too), so
    // that an object graph that contains itself is an error there rather than a stack overflow here.
    private const int MaxDepth = 64;

    [ThreadStatic]
    private static YamlTreeWriter? t_cached;

    private readonly StringBuilder _text = new(4096);
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private Func<string, string>? _transformValue;

    private enum Place : byte
    {
        Root,
        AfterKey,
        AfterDash,
    }

    /// <summary>A writer for one document (one cached per thread).</summary>
    /// <param name="header">Text that comes before the document (a comment).</param>
    /// <param name="transformValue">Applied to string values (not keys), such as Compose's <c>$</c> escaping.</param>
    public static YamlTreeWriter Start(string? header = null, Func<string, string>? transformValue = null)
    {
        var writer = t_cached ?? new YamlTreeWriter();
        t_cached = null;
        writer._text.Clear();
        writer._text.Append(header);
        writer._depth = 0;
        writer._transformValue = transformValue;
        return writer;
    }

    /// <summary>The document's text when <paramref name="written"/> (and the document is complete), else null; the writer is done.</summary>
    public string? Finish(bool written)
    {
        var text = written && _depth == 0 ? _text.ToString() : null;
        _transformValue = null;
        // Kept for the next document unless it grew for a huge one, which would keep megabytes alive.
        if (_text.Capacity <= 64 * 1024)
        {
            t_cached = this;
        }
        return text;
    }

    /// <summary>Starts a mapping; false when the document is nested too deeply.</summary>
    public bool BeginMapping() => Open(mapping: true);

    public void EndMapping() => Close();

    /// <summary>Starts a sequence; false when the document is nested too deeply.</summary>
    public bool BeginSequence() => Open(mapping: false);

    public void EndSequence() => Close();

    /// <summary>
    /// The key of the next entry of the current mapping; false for a key YamlDotNet writes in the explicit
    /// <c>? key</c> form (longer than 1,024 characters, or with a line break), which this writer does not.
    /// </summary>
    public bool Key(string name)
    {
        ref var frame = ref CurrentMapping();
        if (name.Length > MaxSimpleKeyLength || YamlScalars.HasLineBreak(name))
        {
            return false;
        }
        OpenPending(ref frame);
        StartLine(ref frame);
        frame.Count++;
        YamlScalars.Append(_text, name);
        _text.Append(':');
        return true;
    }

    /// <summary>A string scalar (transformed when the writer was started with a transform).</summary>
    public void String(string value)
    {
        StartScalar();
        YamlScalars.Append(_text, _transformValue is null ? value : _transformValue(value));
        _text.Append('\n');
    }

    public void Boolean(bool value) => Plain(value ? "true" : "false");

    public void Null() => Plain("null");

    public void Number(long value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Plain(digits[..length]);
    }

    public void Number(ulong value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Plain(digits[..length]);
    }

    public void Number(decimal value)
    {
        Span<char> digits = stackalloc char[40];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Plain(digits[..length]);
    }

    /// <summary>A floating-point number as the JSON serializer writes it (shortest round-trip text); false for NaN and infinities, which JSON cannot hold.</summary>
    public bool Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }
        Span<char> digits = stackalloc char[40];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Plain(digits[..length]);
        return true;
    }

    /// <inheritdoc cref="Number(double)"/>
    public bool Number(float value)
    {
        if (!float.IsFinite(value))
        {
            return false;
        }
        Span<char> digits = stackalloc char[40];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Plain(digits[..length]);
        return true;
    }

    /// <summary>A scalar written as it is (a number's exact JSON text, <c>true</c>, <c>null</c>).</summary>
    public void Plain(ReadOnlySpan<char> text)
    {
        StartScalar();
        _text.Append(text);
        _text.Append('\n');
    }

    private void StartScalar()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("A YAML document written by YamlTreeWriter starts with a collection.");
        }
        ref var frame = ref _frames[_depth - 1];
        if (frame.Mapping)
        {
            _text.Append(' ');
        }
        else
        {
            StartItem(ref frame);
        }
    }

    private bool Open(bool mapping)
    {
        if (_depth >= MaxDepth)
        {
            return false;
        }
        var frame = new Frame { Mapping = mapping };
        if (_depth > 0)
        {
            ref var parent = ref _frames[_depth - 1];
            frame.Indent = parent.Indent + Indent;
            if (parent.Mapping)
            {
                frame.Place = Place.AfterKey;
            }
            else
            {
                StartItem(ref parent);
                frame.Place = Place.AfterDash;
                frame.FirstInline = true;
            }
        }
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }
        _frames[_depth++] = frame;
        return true;
    }

    private void Close()
    {
        var frame = _frames[--_depth];
        if (frame.Count > 0)
        {
            return;
        }
        // An empty collection is a flow-style leaf where its value goes.
        if (frame.Place == Place.AfterKey)
        {
            _text.Append(' ');
        }
        _text.Append(frame.Mapping ? "{}\n" : "[]\n");
    }

    /// <summary>The <c>- </c> of the next item of a sequence.</summary>
    private void StartItem(ref Frame sequence)
    {
        OpenPending(ref sequence);
        StartLine(ref sequence);
        sequence.Count++;
        _text.Append("- ");
    }

    /// <summary>A collection that is the value of a key goes on the next lines, once it is known not to be empty.</summary>
    private void OpenPending(ref Frame frame)
    {
        if (frame.Count == 0 && frame.Place == Place.AfterKey)
        {
            _text.Append('\n');
        }
    }

    private void StartLine(ref Frame frame)
    {
        if (frame.Count > 0 || !frame.FirstInline)
        {
            _text.Append(' ', frame.Indent);
        }
    }

    private ref Frame CurrentMapping()
    {
        if (_depth == 0 || !_frames[_depth - 1].Mapping)
        {
            throw new InvalidOperationException("A key is written inside a mapping only.");
        }
        return ref _frames[_depth - 1];
    }

    private struct Frame
    {
        public bool Mapping;
        public Place Place;
        public bool FirstInline;
        public int Indent;
        public int Count;
    }
}
