using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;

namespace InfraSharp.Emit;

/// <summary>
/// One write (or check) of <see cref="ManifestWriter"/>, fed file by file: each file is compared with the disk as
/// it comes and, when it differs, staged in a temporary file next to its target (or, for a stack whose folder does not
/// exist yet, in a hidden folder that becomes the stack folder with one rename), so only paths are kept in memory.
/// Nothing visible changes until <see cref="Commit"/>, which moves the staged files into place, removes stale files
/// and updates the records; disposing without committing deletes what was staged, leaving the folder as it was.
/// Comparing and staging run on a background thread, overlapped with the emission that feeds the transaction;
/// a failure there surfaces at <see cref="Commit"/>. Not thread-safe: feed it from one thread.
/// </summary>
/// <example>
/// <code>
/// using var transaction = new ManifestWriter("deploy").BeginWrite();
/// transaction.AddStack(stack.Name);
/// StackEmitter.Emit(stack, options, file => transaction.Add(stack.Name, file));
/// var changes = transaction.Commit();
/// </code>
/// </example>
public sealed class ManifestTransaction : IDisposable
{
    private readonly ManifestWriter _writer;
    private readonly bool _write;
    private readonly bool _allStacks;
    // Stack name -> relative paths produced, in stack order.
    private readonly Dictionary<string, HashSet<string>> _stacks = new(StringComparer.Ordinal);
    private readonly List<string> _stackOrder = new();
    // Staged files as (stack, relative path, temp id): the strings are the ones kept anyway, so thousands of
    // staged files cost a few bytes each rather than two absolute paths.
    private readonly List<(string Stack, string RelativePath, Guid Id)> _staged = new();
    private readonly List<string> _createdDirectories = new();
    // Folders known to exist (created or checked), so each file does not ask the file system again.
    private readonly HashSet<string> _knownDirectories = new(StringComparer.Ordinal);
    // Stack -> the hidden folder its files are staged in when the stack folder did not exist (null: it did), so
    // a new stack appears whole with one rename instead of one per file.
    private readonly Dictionary<string, string?> _newStackFolders = new(StringComparer.Ordinal);
    private readonly List<(string Stack, string RelativePath)> _added = new();
    private readonly List<(string Stack, string RelativePath)> _changed = new();
    private bool _finished;

    // Files waiting for the background writer; bounded so a fast producer cannot pile up every file in memory.
    private BlockingCollection<PendingFile>? _pending;
    private Task? _worker;
    private ExceptionDispatchInfo? _workerFailure;

    internal ManifestTransaction(ManifestWriter writer, bool write, bool allStacks)
    {
        _writer = writer;
        _write = write;
        _allStacks = allStacks;
    }

    /// <summary>
    /// Declares a stack of this write (its files then follow through <see cref="Add"/>). A stack declared without
    /// files is treated as producing none: its earlier files are removed.
    /// </summary>
    /// <exception cref="ArgumentException">The stack name cannot be used as a folder name.</exception>
    public void AddStack(string stack)
    {
        EnsureOpen();
        ManifestWriter.EnsureSafeSegment(stack);
        if (!_stacks.ContainsKey(stack))
        {
            _stacks[stack] = new HashSet<string>(StringComparer.Ordinal);
            _stackOrder.Add(stack);
        }
    }

    /// <summary>
    /// Adds one file of <paramref name="stack"/>: it is compared with the disk and staged when it differs, in the
    /// background; a failure to do so is thrown by <see cref="Commit"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The path would leave the stack folder, or was already added.</exception>
    public void Add(string stack, EmittedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        AddStack(stack);
        if (!ManifestWriter.IsSafeRelativePath(file.RelativePath))
        {
            throw new ArgumentException($"Stack '{stack}': file path '{file.RelativePath}' must be relative and stay inside the stack folder.", nameof(file));
        }
        if (!_stacks[stack].Add(file.RelativePath))
        {
            throw new ArgumentException($"Stack '{stack}': file path '{file.RelativePath}' was produced twice.", nameof(file));
        }
        if (_pending is null)
        {
            _pending = new BlockingCollection<PendingFile>(boundedCapacity: 256);
            _worker = Task.Factory.StartNew(WriteInBackground, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        _pending.Add(new PendingFile(stack, file));
    }

    private void WriteInBackground()
    {
        // Always drains the queue, even after a failure, so that Add never blocks on a dead writer.
        foreach (var pending in _pending!.GetConsumingEnumerable())
        {
            if (_workerFailure is not null)
            {
                continue;
            }
            try
            {
                CompareAndStage(pending.Stack, pending.File);
            }
            catch (Exception ex)
            {
                _workerFailure = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }

    /// <summary>Waits until every added file was handled; true when all went well.</summary>
    private bool Drain()
    {
        if (_pending is not null)
        {
            _pending.CompleteAdding();
            _worker!.Wait();
            _pending.Dispose();
            _pending = null;
        }
        return _workerFailure is null;
    }

    private void CompareAndStage(string stack, EmittedFile file)
    {
        if (NewStackFolder(stack) is { } stagingFolder)
        {
            // Nothing of this stack exists yet: the file is new, and is written straight into the staged folder.
            _added.Add((stack, file.RelativePath));
            var staged = Path.Combine(stagingFolder, file.RelativePath);
            EnsureDirectory(Path.GetDirectoryName(staged)!, track: false);
            Utf8FileText.Write(staged, file.Content);
            return;
        }
        var path = TargetPath(stack, file.RelativePath);
        if (!File.Exists(path))
        {
            _added.Add((stack, file.RelativePath));
        }
        else if (!Utf8FileText.HasText(path, file.Content))
        {
            _changed.Add((stack, file.RelativePath));
        }
        else
        {
            return;
        }
        if (_write)
        {
            Stage(stack, file.RelativePath, path, file.Content);
        }
    }

    /// <summary>
    /// Puts the staged files in place (each by a rename: readers see the old or the new file, never half), removes
    /// the files InfraSharp wrote earlier that were not produced again, updates the records, and returns what
    /// changed (in check mode: what would change; nothing is touched).
    /// </summary>
    /// <exception cref="IOException">A file could not be compared, staged or replaced; a staging failure changes nothing, a
    /// failed replacement leaves the files already replaced consistent.</exception>
    public ManifestChanges Commit()
    {
        EnsureOpen();
        if (!Drain())
        {
            // Nothing was put in place yet: drop what was staged and report the staging failure.
            Dispose();
            _workerFailure!.Throw();
        }
        _finished = true;
        for (var index = 0; index < _staged.Count; index++)
        {
            var (stack, relativePath, id) = _staged[index];
            var target = TargetPath(stack, relativePath);
            try
            {
                File.Move(TempPath(target, id), target, overwrite: true);
            }
            catch
            {
                // Files already moved stay (each is whole); the rest are dropped rather than left as temp files.
                DeleteStaged(index);
                DeleteNewStackFolders();
                throw;
            }
        }
        try
        {
            foreach (var (stack, folder) in _newStackFolders)
            {
                if (folder is not null)
                {
                    MoveNewStackFolder(stack, folder);
                }
            }
        }
        finally
        {
            DeleteNewStackFolders();
        }
        _staged.Clear();

        var removed = new List<string>();
        var output = _writer.OutputDirectory;
        var previousStacks = ManifestWriter.ReadList(Path.Combine(output, ManifestWriter.StacksManifestName)).Where(ManifestWriter.IsSafeSegment).ToList();
        foreach (var stack in _stackOrder)
        {
            FinishStack(stack, _stacks[stack], removed);
        }
        if (_allStacks)
        {
            foreach (var stale in previousStacks.Where(s => !_stacks.ContainsKey(s)))
            {
                FinishStack(stale, [], removed);
            }
        }
        if (_write)
        {
            var stacks = _allStacks ? _stackOrder : _stackOrder.Concat(previousStacks).Distinct(StringComparer.Ordinal).ToList();
            var stacksManifest = Path.Combine(output, ManifestWriter.StacksManifestName);
            // A project without stacks gets no output folder at all.
            if (stacks.Count > 0 || File.Exists(stacksManifest))
            {
                ManifestWriter.WriteList(stacksManifest, stacks);
            }
        }
        return new ManifestChanges(Sorted(_added.Select(f => f.Stack + "/" + f.RelativePath).ToList()),
            Sorted(_changed.Select(f => f.Stack + "/" + f.RelativePath).ToList()), Sorted(removed));
    }

    /// <summary>Without <see cref="Commit"/>: deletes the staged files and the folders created for them.</summary>
    public void Dispose()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        Drain();
        DeleteStaged(0);
        DeleteNewStackFolders();
        for (var index = _createdDirectories.Count - 1; index >= 0; index--)
        {
            var directory = _createdDirectories[index];
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
    }

    private string TargetPath(string stack, string relativePath) => Path.Combine(_writer.OutputDirectory, stack, relativePath);

    // A temp file in the target's folder makes the final move a rename.
    private static string TempPath(string target, Guid id) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + id.ToString("N") + ".tmp");

    /// <summary>The staging folder of a stack whose folder does not exist yet (write mode only); null otherwise.</summary>
    private string? NewStackFolder(string stack)
    {
        if (!_newStackFolders.TryGetValue(stack, out var folder))
        {
            var stackDirectory = Path.Combine(_writer.OutputDirectory, stack);
            folder = _write && !Directory.Exists(stackDirectory)
                ? Path.Combine(_writer.OutputDirectory, "." + stack + "." + Guid.NewGuid().ToString("N") + ".tmp")
                : null;
            if (folder is not null)
            {
                EnsureDirectory(_writer.OutputDirectory, track: true);
                Directory.CreateDirectory(folder);
                _knownDirectories.Add(folder);
            }
            _newStackFolders[stack] = folder;
        }
        return folder;
    }

    private void EnsureDirectory(string directory, bool track)
    {
        if (_knownDirectories.Contains(directory))
        {
            return;
        }
        if (track)
        {
            CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory);
        }
        _knownDirectories.Add(directory);
    }

    /// <summary>Moves a new stack's staged folder into place (or its files, if the folder appeared meanwhile).</summary>
    private void MoveNewStackFolder(string stack, string stagingFolder)
    {
        var stackDirectory = Path.Combine(_writer.OutputDirectory, stack);
        if (!Directory.Exists(stackDirectory))
        {
            Directory.Move(stagingFolder, stackDirectory);
            return;
        }
        foreach (var staged in Directory.EnumerateFiles(stagingFolder, "*", SearchOption.AllDirectories).ToList())
        {
            var target = Path.Combine(stackDirectory, Path.GetRelativePath(stagingFolder, staged));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
        }
        Directory.Delete(stagingFolder, recursive: true);
    }

    private void DeleteNewStackFolders()
    {
        foreach (var folder in _newStackFolders.Values)
        {
            try
            {
                if (folder is not null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover hidden ".tmp" folder is harmless and never read as a manifest.
            }
        }
        _newStackFolders.Clear();
    }

    private void Stage(string stack, string relativePath, string path, string content)
    {
        EnsureDirectory(Path.GetDirectoryName(path)!, track: true);
        var id = Guid.NewGuid();
        _staged.Add((stack, relativePath, id));
        Utf8FileText.Write(TempPath(path, id), content);
    }

    /// <summary>Deletes the staged files from <paramref name="start"/> on (best effort) and forgets all of them.</summary>
    private void DeleteStaged(int start)
    {
        foreach (var (stack, relativePath, id) in _staged.Skip(start))
        {
            try
            {
                File.Delete(TempPath(TargetPath(stack, relativePath), id));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover ".tmp" file is harmless and never read as a manifest.
            }
        }
        _staged.Clear();
    }

    private void CreateDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }
        // Remember every level created, outermost first, so an abandoned write can remove exactly those.
        var missing = new Stack<string>();
        for (var current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Push(current);
        }
        Directory.CreateDirectory(directory);
        _createdDirectories.AddRange(missing);
    }

    private void FinishStack(string stack, HashSet<string> produced, List<string> removed)
    {
        var stackDirectory = Path.Combine(_writer.OutputDirectory, stack);
        var filesManifest = Path.Combine(stackDirectory, ManifestWriter.FilesManifestName);
        var previous = ManifestWriter.ReadList(filesManifest).Where(ManifestWriter.IsSafeRelativePath).ToList();
        foreach (var stale in previous.Where(p => !produced.Contains(p)))
        {
            var path = Path.Combine(stackDirectory, stale);
            if (!File.Exists(path))
            {
                continue;
            }
            removed.Add(stack + "/" + stale);
            if (_write)
            {
                File.Delete(path);
                ManifestWriter.RemoveEmptyDirectories(Path.GetDirectoryName(path)!, stackDirectory);
            }
        }

        if (!_write)
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
            ManifestWriter.RemoveEmptyDirectories(stackDirectory, _writer.OutputDirectory);
        }
        else
        {
            ManifestWriter.WriteList(filesManifest, produced);
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The manifest transaction was already committed or disposed.");
        }
    }

    private static List<string> Sorted(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private sealed record PendingFile(string Stack, EmittedFile File);
}
