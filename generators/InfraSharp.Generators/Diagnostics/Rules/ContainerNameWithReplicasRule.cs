using System.Globalization;
using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2016: a fully known service with a fixed container name whose final replica count is above one.</summary>
internal static class ContainerNameWithReplicasRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services)
        {
            if (!service.IsOpen && service.HasContainerName && !service.ContainerNameUnknown &&
                service.Replicas is > 1 && service.ReplicasArgument is { } replicas)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.ContainerNameWithReplicas, OperationValues.LocationOf(replicas),
                    service.DisplayName, service.Replicas.Value.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
