using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2008: a fully known container whose final CPU or memory limit is below its request. A later WithResources
/// may raise either, so the final values count, not one call's; reported at the limit argument.
/// </summary>
internal static class LimitBelowRequestRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var container in facts.Containers().Where(c => !c.IsOpen))
        {
            Check(report, "CPU", container.CpuRequest, container.CpuLimit, QuantityRules.IsValidCpu);
            Check(report, "memory", container.MemoryRequest, container.MemoryLimit, QuantityRules.IsValidMemory);
        }
    }

    private static void Check(Action<Diagnostic> report, string resource, QuantitySetting request, QuantitySetting limit, Func<string?, bool> isValid)
    {
        if (request.Unknown || limit.Unknown || limit.Argument is null ||
            !isValid(request.Value) || !isValid(limit.Value) ||
            !QuantityRules.TryParse(request.Value, out var requested) || !QuantityRules.TryParse(limit.Value, out var limited) ||
            limited >= requested)
        {
            return;
        }
        report(Diagnostic.Create(DiagnosticDescriptors.LimitBelowRequest, OperationValues.LocationOf(limit.Argument), resource, limit.Value, request.Value));
    }
}
