using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2021: every <c>WithLink</c> call, at the call (the code fix turns it into <c>WaitFor</c>).</summary>
internal static class LegacyLinkRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation) =>
        report(Diagnostic.Create(DiagnosticDescriptors.LegacyLink, OperationValues.CallLocation(invocation)));
}
