using System.Text;

namespace InfraSharp.Emit;

/// <summary>
/// Writes emitted files under <c>&lt;output&gt;/&lt;stack&gt;/</c> the way a build step must: atomically, only when the
/// bytes differ (unchanged files keep their timestamps), and removing only files that InfraSharp itself wrote
/// earlier. What was written is recorded in <c>&lt;stack&gt;/.infrasharp-files</c> and the stacks in
/// <c>&lt;output&gt;/.infrasharp-stacks</c>; no other file is ever touched.
/// </summary>
/// <example>
/// <code>
/// var changes = new ManifestWriter("deploy").Write([StackEmitter.Emit(stack)]);
/// </code>
/// </example>
public sealed class ManifestWriter
{
    /// <summary>Name of the per-stack record of written files.</summary>
    public const string FilesManifestName = ".infrasharp-files";

    /// <summary>Name of the top-level record of written stacks.</summary>
    public const string StacksManifestName = ".infrasharp-stacks";

    // UTF-8 without a byte order mark: YAML tools and diffs expect none.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a writer for <paramref name="outputDirectory"/> (created on the first write).</summary>
    public ManifestWriter(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        OutputDirectory = Path.GetFullPath(outputDirectory);
    }

    /// <summary>The absolute output folder.</summary>
    public string OutputDirectory { get; }

    /// <summary>
    /// Writes <paramref name="results"/>. When <paramref name="allStacks"/> is true the results are every stack of
    /// the project, so stacks recorded earlier and missing now are removed; false (a stack filter) keeps them.
    /// </summary>
    /// <exception cref="IOException">A file could not be written; files already replaced stay consistent.</exception>
    /// <exception cref="ArgumentException">A stack name or file path would leave the output folder.</exception>
    public ManifestChanges Write(IReadOnlyList<EmitResult> results, bool allStacks = true) => Apply(results, allStacks, write: true);

    /// <summary>Compares <paramref name="results"/> with the files on disk without writing anything.</summary>
    /// <exception cref="ArgumentException">A stack name or file path would leave the output folder.</exception>
    public ManifestChanges Check(IReadOnlyList<EmitResult> results, bool allStacks = true) => Apply(results, allStacks, write: false);

    private ManifestChanges Apply(IReadOnlyList<EmitResult> results, bool allStacks, bool write)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            EnsureSafeSegment(result.Stack);
            foreach (var file in result.Files)
            {
                if (!IsSafeRelativePath(file.RelativePath))
                {
                    throw new ArgumentException($"Stack '{result.Stack}': file path '{file.RelativePath}' must be relative and stay inside the stack folder.", nameof(results));
                }
            }
        }

        var added = new List<string>();
        var changed = new List<string>();
        var removed = new List<string>();
        var previousStacks = ReadList(Path.Combine(OutputDirectory, StacksManifestName)).Where(IsSafeSegment).ToList();
        var currentStacks = results.Select(r => r.Stack).ToHashSet(StringComparer.Ordinal);

        foreach (var result in results)
        {
            ApplyStack(result.Stack, result.Files, write, added, changed, removed);
        }
        if (allStacks)
        {
            foreach (var stale in previousStacks.Where(s => !currentStacks.Contains(s)))
            {
                ApplyStack(stale, [], write, added, changed, removed);
            }
        }

        if (write)
        {
            var stacks = allStacks ? currentStacks : currentStacks.Concat(previousStacks).ToHashSet(StringComparer.Ordinal);
            var stacksManifest = Path.Combine(OutputDirectory, StacksManifestName);
            // A project without stacks gets no output folder at all.
            if (stacks.Count > 0 || File.Exists(stacksManifest))
            {
                WriteList(stacksManifest, stacks);
            }
        }
        return new ManifestChanges(Sorted(added), Sorted(changed), Sorted(removed));
    }

    private void ApplyStack(string stack, IReadOnlyList<EmittedFile> files, bool write, List<string> added, List<string> changed, List<string> removed)
    {
        var stackDirectory = Path.Combine(OutputDirectory, stack);
        var filesManifest = Path.Combine(stackDirectory, FilesManifestName);
        var previous = ReadList(filesManifest).Where(IsSafeRelativePath).ToList();
        var produced = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);

        foreach (var file in files)
        {
            var path = Path.Combine(stackDirectory, file.RelativePath);
            var bytes = Utf8.GetBytes(file.Content);
            if (!File.Exists(path))
            {
                added.Add(stack + "/" + file.RelativePath);
            }
            else if (!ContentEquals(path, bytes))
            {
                changed.Add(stack + "/" + file.RelativePath);
            }
            else
            {
                continue;
            }
            if (write)
            {
                WriteAtomically(path, bytes);
            }
        }

        foreach (var stale in previous.Where(p => !produced.Contains(p)))
        {
            var path = Path.Combine(stackDirectory, stale);
            if (!File.Exists(path))
            {
                continue;
            }
            removed.Add(stack + "/" + stale);
            if (write)
            {
                File.Delete(path);
                RemoveEmptyDirectories(Path.GetDirectoryName(path)!, stackDirectory);
            }
        }

        if (!write)
        {
            return;
        }
        if (produced.Count == 0)
        {
            // The stack is gone: drop its record, and its folder when nothing else lives there.
            if (File.Exists(filesManifest))
            {
                File.Delete(filesManifest);
            }
            RemoveEmptyDirectories(stackDirectory, OutputDirectory);
        }
        else
        {
            WriteList(filesManifest, produced);
        }
    }

    private static bool ContentEquals(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        // A temp file in the same folder makes the final move a rename: readers see the old or the new file, never half.
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static void WriteList(string path, IEnumerable<string> entries)
    {
        var text = string.Concat(entries.OrderBy(e => e, StringComparer.Ordinal).Select(e => e + "\n"));
        var bytes = Utf8.GetBytes(text);
        if (!File.Exists(path) || !ContentEquals(path, bytes))
        {
            WriteAtomically(path, bytes);
        }
    }

    private static List<string> ReadList(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path, Utf8).Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
            : [];

    private static void RemoveEmptyDirectories(string directory, string stopAt)
    {
        var stop = Path.TrimEndingDirectorySeparator(stopAt);
        for (var current = directory; current.Length > stop.Length && current.StartsWith(stop, StringComparison.Ordinal); current = Path.GetDirectoryName(current)!)
        {
            if (!Directory.Exists(current) || Directory.EnumerateFileSystemEntries(current).Any())
            {
                return;
            }
            Directory.Delete(current);
        }
    }

    private static List<string> Sorted(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private static void EnsureSafeSegment(string stack)
    {
        if (!IsSafeSegment(stack))
        {
            throw new ArgumentException($"Stack name '{stack}' cannot be used as a folder name.", nameof(stack));
        }
    }

    // Records on disk may be hand-edited: anything that could point outside the output folder is ignored.
    private static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment != "." && segment != ".." &&
        segment.IndexOfAny(['/', '\\', ':']) < 0 && segment.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    private static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && path.Split('/').All(IsSafeSegment) && path != FilesManifestName;
}
