using System.Globalization;
using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2015: negative constant replicas; a rolling update with a negative value or with both values zero.</summary>
internal static class ReplicasRule
{
    public static void CheckReplicas(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "replicas");
        if (OperationValues.TryGetInt(argument, out var replicas) && replicas < 0)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidReplicas, OperationValues.LocationOf(argument!),
                Text(replicas.Value) + " replicas is negative: use zero or more replicas"));
        }
    }

    public static void CheckRollingUpdate(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        // Left-out arguments are their constant defaults (1 and 0), so one explicit zero can be enough.
        var surgeArgument = OperationValues.Argument(invocation, "maxSurge");
        var unavailableArgument = OperationValues.Argument(invocation, "maxUnavailable");
        if (!OperationValues.TryGetInt(surgeArgument, out var surge) || surge is null ||
            !OperationValues.TryGetInt(unavailableArgument, out var unavailable) || unavailable is null)
        {
            return;
        }
        var negative = surge < 0 ? surgeArgument : unavailable < 0 ? unavailableArgument : null;
        if (negative is not null)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidReplicas, OperationValues.LocationOf(negative),
                "maxSurge " + Text(surge.Value) + " and maxUnavailable " + Text(unavailable.Value) + ": neither may be negative"));
        }
        else if (surge == 0 && unavailable == 0)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidReplicas, OperationValues.CallLocation(invocation),
                "maxSurge 0 and maxUnavailable 0 let a rollout never make progress: allow maxSurge: 1 or maxUnavailable: 1"));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
