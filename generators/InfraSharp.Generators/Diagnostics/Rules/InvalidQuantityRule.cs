using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2008: a constant CPU, memory or size quantity that does not parse.</summary>
internal static class InvalidQuantityRule
{
    public static void CheckCpu(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (OperationValues.TryGetString(argument, out var text) && text is not null && !QuantityRules.IsValidCpu(text))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidQuantity, OperationValues.LocationOf(argument!), text, "CPU", "'250m', '0.5' or '2'"));
        }
    }

    public static void CheckMemory(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (OperationValues.TryGetString(argument, out var text) && text is not null && !QuantityRules.IsValidMemory(text))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidQuantity, OperationValues.LocationOf(argument!), text, "memory/size", "'128Mi' or '1Gi'"));
        }
    }
}
