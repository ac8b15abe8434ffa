using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Validation;

/// <summary>Checks a stack against the rule catalogue. (Stub: being implemented.)</summary>
public static class StackValidator
{
    /// <summary>Every diagnostic of <paramref name="stack"/> for <paramref name="targets"/>.</summary>
    public static IReadOnlyList<StackDiagnostic> Validate(StackDefinition stack, EmitTargets targets = EmitTargets.All) => [];
}
