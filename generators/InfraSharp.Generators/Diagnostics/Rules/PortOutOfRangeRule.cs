using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2003: a constant container or host port outside 1-65535.</summary>
internal static class PortOutOfRangeRule
{
    public static void CheckArgument(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (argument is not null && argument.ArgumentKind != ArgumentKind.DefaultValue &&
            OperationValues.TryGetInt(argument, out var port) && port is { } value && !PortRules.IsValidPort(value))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.PortOutOfRange, OperationValues.LocationOf(argument),
                value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
