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
/// // or, without holding every file in memory: see ManifestTransaction.
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
    public ManifestChanges Write(IReadOnlyList<EmitResult> results, bool allStacks = true) => Apply(results, BeginWrite(allStacks));

    /// <summary>Compares <paramref name="results"/> with the files on disk without writing anything.</summary>
    /// <exception cref="ArgumentException">A stack name or file path would leave the output folder.</exception>
    public ManifestChanges Check(IReadOnlyList<EmitResult> results, bool allStacks = true) => Apply(results, BeginCheck(allStacks));

    /// <summary>
    /// Starts a write fed file by file (see <see cref="ManifestTransaction"/>): what <see cref="Write"/> does,
    /// without holding every file in memory. <paramref name="allStacks"/> as in <see cref="Write"/>.
    /// </summary>
    public ManifestTransaction BeginWrite(bool allStacks = true) => new(this, write: true, allStacks);

    /// <summary>Starts a check fed file by file: what <see cref="Check"/> does; nothing is ever written.</summary>
    public ManifestTransaction BeginCheck(bool allStacks = true) => new(this, write: false, allStacks);

    private static ManifestChanges Apply(IReadOnlyList<EmitResult> results, ManifestTransaction transaction)
    {
        using (transaction)
        {
            ArgumentNullException.ThrowIfNull(results);
            foreach (var result in results)
            {
                transaction.AddStack(result.Stack);
                foreach (var file in result.Files)
                {
                    transaction.Add(result.Stack, file);
                }
            }
            return transaction.Commit();
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        // A temp file in the same folder makes the final move a rename: readers see the old or the new file, never half.
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            Utf8FileText.Write(temp, text);
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

    internal static void WriteList(string path, IEnumerable<string> entries)
    {
        var text = string.Concat(entries.OrderBy(e => e, StringComparer.Ordinal).Select(e => e + "\n"));
        if (!File.Exists(path) || !Utf8FileText.HasText(path, text))
        {
            WriteAtomically(path, text);
        }
    }

    internal static List<string> ReadList(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path, Utf8).Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
            : [];

    internal static void RemoveEmptyDirectories(string directory, string stopAt)
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

    internal static void EnsureSafeSegment(string stack)
    {
        if (!IsSafeSegment(stack))
        {
            throw new ArgumentException($"Stack name '{stack}' cannot be used as a folder name.", nameof(stack));
        }
    }

    // Records on disk may be hand-edited: anything that could point outside the output folder is ignored.
    internal static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment != "." && segment != ".." &&
        segment.IndexOfAny(['/', '\\', ':']) < 0 && segment.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    internal static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && path.Split('/').All(IsSafeSegment) && path != FilesManifestName;
}
