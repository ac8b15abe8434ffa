using System.Buffers;

namespace InfraSharp.Yaml;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that keeps written bytes in a chain of small arrays (below the large-object
/// heap's 85,000 bytes) instead of one growing array: a Compose file of thousands of services serializes to
/// megabytes of JSON, which a growing array would copy repeatedly and place on the large-object heap (collected only
/// by full collections). <see cref="ToSequence"/> hands the bytes to a <see cref="System.Text.Json.Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonSegments : IBufferWriter<byte>
{
    private const int SegmentSize = 64 * 1024;

    private readonly Segment _first;
    private Segment _current;

    public JsonSegments()
    {
        _first = new Segment(new byte[SegmentSize], 0);
        _current = _first;
    }

    public void Advance(int count)
    {
        if (count < 0 || _current.Written + count > _current.Buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }
        _current.Written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_current.Written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_current.Written);

    private byte[] Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_current.Buffer.Length - _current.Written < sizeHint)
        {
            var next = new Segment(new byte[Math.Max(SegmentSize, sizeHint)], _current.RunningIndex + _current.Written);
            _current.Seal();
            _current.SetNext(next);
            _current = next;
        }
        return _current.Buffer;
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        _current.Seal();
        return _first == _current
            ? new ReadOnlySequence<byte>(_first.Memory)
            : new ReadOnlySequence<byte>(_first, 0, _current, _current.Written);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] buffer, long runningIndex)
        {
            Buffer = buffer;
            RunningIndex = runningIndex;
        }

        public byte[] Buffer { get; }

        public int Written { get; set; }

        public void Seal() => Memory = Buffer.AsMemory(0, Written);

        public void SetNext(Segment next) => Next = next;
    }
}
