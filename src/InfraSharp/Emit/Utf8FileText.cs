using System.Buffers;
using System.Text;

namespace InfraSharp.Emit;

/// <summary>
/// Writes text to files, and compares files with text, as UTF-8 without a byte order mark (what YAML tools and diffs
/// expect), a chunk at a time: a file of megabytes (the <c>compose.yaml</c> of thousands of services) never becomes
/// one more array of its size, which would sit on the large-object heap until a full collection.
/// </summary>
internal static class Utf8FileText
{
    // Lone surrogates become U+FFFD, as Encoding.UTF8 writes them.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Characters per chunk: its bytes (at most 3 per UTF-16 unit) stay well below the large-object threshold.
    private const int ChunkLength = 8 * 1024;

    /// <summary>Creates (or replaces) <paramref name="path"/> with <paramref name="text"/>.</summary>
    public static void Write(string path, string text)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        ForEachChunk(text, file, static (file, bytes) =>
        {
            file.Write(bytes);
            return true;
        });
    }

    /// <summary>True when <paramref name="path"/> holds exactly the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static bool HasText(string path, string text)
    {
        if (new FileInfo(path).Length != Utf8.GetByteCount(text))
        {
            return false;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var read = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(ChunkLength));
        try
        {
            return ForEachChunk(text, file, (file, bytes) =>
            {
                var onDisk = read.AsSpan(0, bytes.Length);
                file.ReadExactly(onDisk);
                return onDisk.SequenceEqual(bytes);
            });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(read);
        }
    }

    private delegate bool ChunkAction(FileStream file, ReadOnlySpan<byte> bytes);

    /// <summary>Encodes <paramref name="text"/> chunk by chunk (a surrogate pair split by a chunk stays whole); stops at the first false.</summary>
    private static bool ForEachChunk(string text, FileStream file, ChunkAction action)
    {
        var encoder = Utf8.GetEncoder();
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(ChunkLength));
        try
        {
            var remaining = text.AsSpan();
            do
            {
                var chunk = remaining[..Math.Min(ChunkLength, remaining.Length)];
                remaining = remaining[chunk.Length..];
                var count = encoder.GetBytes(chunk, bytes, flush: remaining.IsEmpty);
                if (count > 0 && !action(file, bytes.AsSpan(0, count)))
                {
                    return false;
                }
            }
            while (!remaining.IsEmpty);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
