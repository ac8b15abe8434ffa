using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4104: <c>WithPrivileged()</c> or <c>WithPrivileged(true)</c>.</summary>
internal static class PrivilegedContainerRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        if (OperationValues.TryGetBool(OperationValues.Argument(invocation, "privileged"), out var privileged) && privileged)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.PrivilegedContainer, OperationValues.CallLocation(invocation)));
        }
    }
}
