using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2011: a fully known service whose final network mode is Host or None and that joins networks.</summary>
internal static class NetworkModeWithNetworksRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services)
        {
            if (!service.IsOpen && !service.NetworkModeUnknown && service.NetworkModeArgument is not null &&
                service.NetworkMode is 1 or 2 && service.NetworkCount > 0)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NetworkModeWithNetworks, OperationValues.LocationOf(service.NetworkModeArgument),
                    service.DisplayName, service.NetworkMode == 1 ? "Host" : "None"));
            }
        }
    }
}
