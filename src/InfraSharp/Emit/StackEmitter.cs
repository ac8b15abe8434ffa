using InfraSharp.Compose;
using InfraSharp.Kubernetes;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Emit;

/// <summary>Validates a stack and produces its Compose and Kubernetes files in memory.</summary>
public static class StackEmitter
{
    /// <summary>
    /// Validates <paramref name="stack"/> and produces its files. Pure: reads config files referenced by the stack,
    /// writes nothing.
    /// </summary>
    /// <exception cref="StackValidationException">The stack has errors; the exception lists them all.</exception>
    public static EmitResult Emit(StackDefinition stack, EmitOptions? options = null)
    {
        var files = new List<EmittedFile>();
        var diagnostics = Emit(stack, options, files.Add);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new EmitResult(stack.Name, files, diagnostics);
    }

    /// <summary>
    /// Validates <paramref name="stack"/> and hands each of its files to <paramref name="sink"/> as soon as it is
    /// produced (in no particular order; the same files as <see cref="Emit(StackDefinition, EmitOptions?)"/>), so
    /// that large stacks never hold every file in memory. Returns the warnings and infos.
    /// </summary>
    /// <remarks>
    /// Some errors only show while the files are produced (an invalid quantity, a failing customization): the
    /// exception then comes after some files were handed over, and the caller must discard them (as
    /// a <see cref="ManifestTransaction"/> does when it is not committed). A stack with errors found by
    /// validation hands over nothing.
    /// </remarks>
    /// <exception cref="StackValidationException">The stack has errors; the exception lists them all.</exception>
    public static IReadOnlyList<StackDiagnostic> Emit(StackDefinition stack, EmitOptions? options, Action<EmittedFile> sink)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new EmitOptions();
        var validation = StackValidator.Validate(stack, options.Targets);
        if (validation.Any(d => d.Severity == Severity.Error))
        {
            throw new StackValidationException(stack.Name, validation.ToList());
        }

        // One context per target, their reports joined in a fixed order. The targets run one after the other: the
        // sink's consumer (a write transaction) already works on the second core, and a Compose file built beside
        // the Kubernetes objects only raised the peak memory of large stacks. Kubernetes (streamed, object by object)
        // goes first, so that its garbage is not collected on top of the whole Compose document.
        var composeContext = new EmitContext(stack, options);
        var kubernetesContext = new EmitContext(stack, options);
        if (options.Targets.HasFlag(EmitTargets.Kubernetes))
        {
            KubernetesEmitter.Emit(stack, kubernetesContext, sink);
        }
        if (options.Targets.HasFlag(EmitTargets.Compose))
        {
            foreach (var file in ComposeEmitter.Emit(stack, composeContext))
            {
                sink(file);
            }
        }

        var diagnostics = validation.Concat(composeContext.Diagnostics).Concat(kubernetesContext.Diagnostics).ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new StackValidationException(stack.Name, diagnostics);
        }
        return diagnostics;
    }
}
