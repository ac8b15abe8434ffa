using System.Diagnostics;
using System.Reflection;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Loads a user's built assembly, builds and validates each stack, and writes (or checks) the files. Every problem
/// is printed as a canonical <c>file(line,col): error ISHnnnn: message</c> line, which MSBuild turns into a build
/// error at that place. Files are written only when every stack succeeded, so a failing stack leaves the earlier
/// manifests as they were.
/// </summary>
public static class EmitHost
{
    /// <summary>Runs the host; returns one of <see cref="EmitExitCodes"/>.</summary>
    public static int Run(EmitHostOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var assemblyPath = Path.GetFullPath(options.AssemblyPath);
        if (!File.Exists(assemblyPath))
        {
            output.WriteLine($"error ISH5001: assembly '{assemblyPath}' not found; build the project first.");
            return EmitExitCodes.Usage;
        }

        Assembly assembly;
        try
        {
            assembly = new StackLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException)
        {
            output.WriteLine($"{assemblyPath}: error ISH5001: cannot load the assembly: {OneLine(ex.Message)}");
            return EmitExitCodes.Usage;
        }

        using var symbols = new PdbSourceLocator(assemblyPath);
        var stacks = StackDiscovery.Find(assembly, symbols);
        if (stacks.Count == 0)
        {
            // Not an error (a project may reference InfraSharp before it has stacks), but say so: an empty result is a surprise.
            output.WriteLine($"InfraSharp: no [Stack] class found in {assemblyPath}.");
        }
        if (options.StackFilter.Count > 0)
        {
            var unknown = options.StackFilter.Where(f => stacks.All(s => s.Name != f)).ToList();
            if (unknown.Count > 0)
            {
                output.WriteLine($"error ISH5001: no stack named {string.Join(", ", unknown.Select(u => "'" + u + "'"))} in {assemblyPath}; stacks: {string.Join(", ", stacks.Select(s => s.Name))}.");
                return EmitExitCodes.Usage;
            }
            stacks = stacks.Where(s => options.StackFilter.Contains(s.Name)).ToList();
        }

        var projectDirectory = Path.GetFullPath(options.ProjectDirectory ?? Path.GetDirectoryName(assemblyPath)!);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory);
        var compiler = CompilerReportedDiagnostics.Load(options.CompilerErrorLog, projectDirectory, out var logProblem);
        if (logProblem is not null)
        {
            // Not an error: without the log every run-time warning is printed, which repeats but loses nothing.
            output.WriteLine($"InfraSharp: {logProblem}; analyzer warnings may be repeated.");
        }
        var printer = new DiagnosticPrinter(output, compiler, SourcePathMap.Parse(options.PathMap), options.NoWarn, options.WarningsAsErrors);
        var emitOptions = new EmitOptions
        {
            Targets = options.Targets,
            ProjectDirectory = projectDirectory,
            // Every stack folder sits at the same depth, so one relative path serves all.
            ProjectDirectoryFromOutput = Path.GetRelativePath(Path.Combine(outputDirectory, "stack"), projectDirectory).Replace('\\', '/'),
        };

        // Files are fed to a transaction as each stack produces them (thousands of services never sit in memory
        // at once) and only put in place when every stack succeeded: otherwise it is discarded unseen.
        var writer = new ManifestWriter(outputDirectory);
        var allStacks = options.StackFilter.Count == 0;
        using var transaction = options.Mode switch
        {
            EmitMode.Validate => null,
            EmitMode.Write => writer.BeginWrite(allStacks),
            _ => writer.BeginCheck(allStacks),
        };
        var staging = new StagingSink(transaction);
        var emitted = 0;
        var failed = ReportDuplicateNames(stacks, printer);
        foreach (var stack in stacks)
        {
            if (EmitOne(stack, assembly, emitOptions, printer, staging))
            {
                emitted++;
            }
            else
            {
                failed = true;
            }
        }
        if (printer.AlreadyReported > 0 || printer.Silenced > 0)
        {
            output.WriteLine($"InfraSharp: {printer.AlreadyReported} run-time warning(s) already reported by the analyzers and {printer.Silenced} silenced by NoWarn were not repeated.");
        }
        if (failed || printer.PromotedToErrors > 0)
        {
            output.WriteLine("InfraSharp: nothing was written because of the errors above.");
            return EmitExitCodes.StackErrors;
        }
        return Finish(options, outputDirectory, emitted, transaction, staging, printer);
    }

    private static int Finish(EmitHostOptions options, string outputDirectory, int stackCount, ManifestTransaction? transaction, StagingSink staging, DiagnosticPrinter output)
    {
        if (transaction is null)
        {
            output.Line($"InfraSharp: {stackCount} stack(s) valid.");
            return EmitExitCodes.Success;
        }
        try
        {
            staging.ThrowIfFailed();
            var changes = transaction.Commit();
            if (options.Mode == EmitMode.Write)
            {
                output.Line($"InfraSharp: {stackCount} stack(s) -> {outputDirectory}: {changes.Added.Count} added, {changes.Changed.Count} changed, {changes.Removed.Count} removed.");
                return EmitExitCodes.Success;
            }
            PrintDifferences(changes, outputDirectory, options.Mode == EmitMode.Check, output);
            return changes.HasChanges ? EmitExitCodes.Differences : EmitExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            output.Error(outputDirectory, DiagnosticIds.WriteFailed, $"cannot write the manifests: {ex.Message}");
            return EmitExitCodes.StackErrors;
        }
    }

    private static void PrintDifferences(ManifestChanges changes, string outputDirectory, bool asErrors, DiagnosticPrinter output)
    {
        var lines = changes.Added.Select(p => (p, "+", "missing"))
            .Concat(changes.Changed.Select(p => (p, "~", "differs from what the code produces")))
            .Concat(changes.Removed.Select(p => (p, "-", "is no longer produced")))
            .OrderBy(l => l.p, StringComparer.Ordinal);
        foreach (var (path, mark, what) in lines)
        {
            var full = Path.Combine(outputDirectory, path.Replace('/', Path.DirectorySeparatorChar));
            if (asErrors)
            {
                output.Error(full, DiagnosticIds.ManifestOutOfDate, $"'{path}' {what}. Fix: build without InfraSharpCheck (or run 'infrasharp emit') and commit the result.");
            }
            else
            {
                output.Line($"{mark} {path}");
            }
        }
        if (!changes.HasChanges)
        {
            output.Line("InfraSharp: manifests are up to date.");
        }
    }

    private static bool ReportDuplicateNames(IReadOnlyList<DiscoveredStack> stacks, DiagnosticPrinter output)
    {
        var failed = false;
        foreach (var group in stacks.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failed = true;
            foreach (var stack in group.Skip(1))
            {
                output.Error(stack.Position, DiagnosticIds.DuplicateStackName, $"stack '{stack.Name}' is declared more than once. Fix: give each [Stack] a unique name.");
            }
        }
        return failed;
    }

    private static bool EmitOne(DiscoveredStack stack, Assembly assembly, EmitOptions emitOptions, DiagnosticPrinter output, StagingSink staging)
    {
        if (stack.Define is null)
        {
            output.Error(stack.Position, DiagnosticIds.StackClassShape, $"stack '{stack.Name}': {stack.ShapeError}");
            return false;
        }
        StackDefinition definition;
        try
        {
            definition = StackBuilder.Build(stack.Name, stack.Define, stack.Position?.FilePath ?? string.Empty, stack.Position?.Line ?? 0);
        }
        catch (Exception ex)
        {
            var at = UserFrame(ex, assembly) ?? stack.Position;
            output.Error(at, DiagnosticIds.StackFailed, $"stack '{stack.Name}' threw {ex.GetType().Name}: {ex.Message}");
            return false;
        }
        try
        {
            staging.AddStack(definition.Name);
            var diagnostics = StackEmitter.Emit(definition, emitOptions, file => staging.Add(definition.Name, file));
            foreach (var diagnostic in diagnostics)
            {
                output.Print(diagnostic);
            }
            return true;
        }
        catch (StackValidationException ex)
        {
            foreach (var diagnostic in ex.Diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
            {
                output.Print(diagnostic);
            }
            return false;
        }
        catch (Exception ex)
        {
            // A user callback (ConfigureCompose/ConfigureKubernetes) or a writer failed: still one located error.
            var at = UserFrame(ex, assembly) ?? stack.Position;
            output.Error(at, DiagnosticIds.StackFailed, $"stack '{stack.Name}' failed while writing its files: {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    /// <summary>The innermost frame of the user's own code that has a file name, so the error points at their line.</summary>
    private static SourcePosition? UserFrame(Exception exception, Assembly assembly)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            var frames = new StackTrace(ex, fNeedFileInfo: true).GetFrames();
            var frame = frames.FirstOrDefault(f => f.GetMethod()?.Module.Assembly == assembly && f.GetFileName() is not null);
            if (frame is not null)
            {
                return new SourcePosition(frame.GetFileName()!, frame.GetFileLineNumber(), frame.GetFileColumnNumber());
            }
        }
        return null;
    }

    private static string OneLine(string text) => DiagnosticPrinter.OneLine(text);
}
