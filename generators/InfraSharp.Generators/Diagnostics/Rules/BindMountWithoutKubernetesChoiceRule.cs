using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4002: <c>WithBindMount</c> whose <c>kubernetes</c> argument is left out or null.</summary>
internal static class BindMountWithoutKubernetesChoiceRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        if (!OperationValues.IsOmittedOrNull(OperationValues.Argument(invocation, "kubernetes")))
        {
            return;
        }
        OperationValues.TryGetString(OperationValues.Argument(invocation, "source"), out var source);
        report(Diagnostic.Create(DiagnosticDescriptors.BindMountWithoutKubernetesChoice, OperationValues.CallLocation(invocation), source ?? "(path)"));
    }
}
