using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2020: <c>WithIngress</c> without a port on a fully known service that had no port at that point (the ingress
/// takes the first port declared before it).
/// </summary>
internal static class IngressWithoutPortRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services.Where(s => !s.IsOpen))
        {
            foreach (var ingress in service.IngressesWithoutPort)
            {
                OperationValues.TryGetString(OperationValues.Argument(ingress, "host"), out var host);
                report(Diagnostic.Create(DiagnosticDescriptors.IngressWithoutPort, OperationValues.CallLocation(ingress), host ?? "(host)"));
            }
        }
    }

    /// <summary>An explicit constant port: 0 is no port (ISH2020), anything else outside 1-65535 is ISH2003.</summary>
    public static void CheckCall(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "port");
        if (argument is null || OperationValues.IsOmittedOrNull(argument) || !OperationValues.TryGetInt(argument, out var port) || port is not { } value)
        {
            return;
        }
        if (value == 0)
        {
            OperationValues.TryGetString(OperationValues.Argument(invocation, "host"), out var host);
            report(Diagnostic.Create(DiagnosticDescriptors.IngressWithoutPort, OperationValues.LocationOf(argument), host ?? "(host)"));
        }
        else if (!PortRules.IsValidPort(value))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.PortOutOfRange, OperationValues.LocationOf(argument), value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
