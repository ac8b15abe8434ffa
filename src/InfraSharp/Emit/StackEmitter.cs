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
        ArgumentNullException.ThrowIfNull(stack);
        var context = new EmitContext(stack, options);
        var validation = StackValidator.Validate(stack, context.Options.Targets);
        var files = new List<EmittedFile>();
        if (validation.All(d => d.Severity != Severity.Error))
        {
            if (context.Options.Targets.HasFlag(EmitTargets.Compose))
            {
                files.AddRange(ComposeEmitter.Emit(stack, context));
            }
            if (context.Options.Targets.HasFlag(EmitTargets.Kubernetes))
            {
                files.AddRange(KubernetesEmitter.Emit(stack, context));
            }
        }
        var diagnostics = validation.Concat(context.Diagnostics).ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new StackValidationException(stack.Name, diagnostics);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new EmitResult(stack.Name, files, diagnostics);
    }
}
