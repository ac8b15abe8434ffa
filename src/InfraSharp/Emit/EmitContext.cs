using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Emit;

/// <summary>What a writer needs besides the stack: the options, and where to report what a target cannot express.</summary>
public sealed class EmitContext
{
    private readonly List<StackDiagnostic> _diagnostics = new();

    /// <summary>Creates a context.</summary>
    public EmitContext(StackDefinition stack, EmitOptions? options = null)
    {
        Stack = stack;
        Options = options ?? new EmitOptions();
    }

    /// <summary>The stack being emitted.</summary>
    public StackDefinition Stack { get; }

    /// <summary>The options.</summary>
    public EmitOptions Options { get; }

    /// <summary>What was reported so far, in report order.</summary>
    public IReadOnlyList<StackDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a diagnostic about <paramref name="objectPath"/>.</summary>
    public void Report(string id, Severity severity, string objectPath, string message, string fix, SourceLocation? location = null) =>
        _diagnostics.Add(new StackDiagnostic(id, severity, Stack.Name, objectPath, message, fix, location ?? Stack.Location));

    /// <summary>Resolves a path relative to the project folder.</summary>
    public string ResolveProjectPath(string path) =>
        Path.GetFullPath(Path.Combine(Options.ProjectDirectory ?? Directory.GetCurrentDirectory(), path));
}
