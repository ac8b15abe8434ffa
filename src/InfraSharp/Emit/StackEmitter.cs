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

        // One context per target: the two may run at the same time, and their reports are joined in a fixed order.
        var composeContext = new EmitContext(stack, options);
        var kubernetesContext = new EmitContext(stack, options);
        var compose = options.Targets.HasFlag(EmitTargets.Compose);
        var kubernetes = options.Targets.HasFlag(EmitTargets.Kubernetes);
        if (compose && kubernetes && !HasUserCallbacks(stack))
        {
            // The two targets are independent: on a second core Compose costs no wall time.
            var composeFiles = Task.Run(() => ComposeEmitter.Emit(stack, composeContext));
            var composeHandedOver = false;
            // The sink is called on this thread only. Compose's files are handed over between two Kubernetes files
            // as soon as they are ready, rather than after the last one: a large compose.yaml (megabytes of text)
            // is then not held while the rest of Kubernetes is written.
            void HandOverCompose()
            {
                composeHandedOver = true;
                // GetResult rethrows Compose's own exception, with its stack trace, rather than an AggregateException.
                foreach (var file in composeFiles.GetAwaiter().GetResult())
                {
                    sink(file);
                }
            }
            try
            {
                KubernetesEmitter.Emit(stack, kubernetesContext, file =>
                {
                    if (!composeHandedOver && composeFiles.IsCompletedSuccessfully)
                    {
                        HandOverCompose();
                    }
                    sink(file);
                });
            }
            finally
            {
                // Never leave the task running behind an exception (WaitAny does not throw; a failure surfaces below).
                Task.WaitAny(composeFiles);
            }
            if (!composeHandedOver)
            {
                HandOverCompose();
            }
        }
        else
        {
            if (compose)
            {
                foreach (var file in ComposeEmitter.Emit(stack, composeContext))
                {
                    sink(file);
                }
            }
            if (kubernetes)
            {
                KubernetesEmitter.Emit(stack, kubernetesContext, sink);
            }
        }

        var diagnostics = validation.Concat(composeContext.Diagnostics).Concat(kubernetesContext.Diagnostics).ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new StackValidationException(stack.Name, diagnostics);
        }
        return diagnostics;
    }

    /// <summary>
    /// True when the stack runs user code while it is emitted (<c>Configure*</c> callbacks): such code may share
    /// state between targets, so the targets are then produced one after the other, as written.
    /// </summary>
    private static bool HasUserCallbacks(StackDefinition stack) =>
        stack.ComposeCustomizations.Count > 0 || stack.KubernetesCustomizations.Count > 0 ||
        stack.Services.Any(s => s.ComposeCustomizations.Count > 0 || s.PodSpecCustomizations.Count > 0 ||
            s.WorkloadCustomizations.Count > 0 || s.KubernetesServiceCustomizations.Count > 0) ||
        stack.Volumes.Any(v => v.ClaimCustomizations.Count > 0) ||
        stack.Networks.Any(n => n.PolicyCustomizations.Count > 0);
}
