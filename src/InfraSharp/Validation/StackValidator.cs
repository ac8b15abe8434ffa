using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Validation;

/// <summary>
/// Checks a stack against the rule catalogue at run time, so values the analyzers cannot see (computed names,
/// configuration read at run time) are still checked with the same ids.
/// </summary>
public static class StackValidator
{
    /// <summary>
    /// Every diagnostic of <paramref name="stack"/> for <paramref name="targets"/>: the model rules (1xxx/2xxx) always,
    /// ISH4001/ISH4002 and the best-practice warnings (41xx) when <paramref name="targets"/> include Kubernetes.
    /// Ordered by the declaration order of the objects (stack, services, volumes, networks, configs, secrets), then
    /// by rule id.
    /// </summary>
    /// <example>
    /// <code>
    /// var stack = StackBuilder.Build("shop", s => s.AddService("Web").WithImage("nginx:1.27"));
    /// var errors = StackValidator.Validate(stack).Where(d => d.Severity == Severity.Error); // ISH2001 for 'Web'
    /// </code>
    /// </example>
    public static IReadOnlyList<StackDiagnostic> Validate(StackDefinition stack, EmitTargets targets = EmitTargets.All)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new ValidationRun(stack, targets).Run();
    }
}
