using System.Globalization;
using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2004: one host port, protocol and (overlapping) host address published twice in a stack, sidecars included.</summary>
internal static class HostPortPublishedTwiceRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        // Sidecars share their pod's network, so their published ports count like the service's own (as at run time,
        // init containers' ports do not: they have exited before the pod serves).
        var published = new List<(PortFact Port, ContainerFacts Container)>();
        foreach (var container in facts.Containers().Where(c => c.Kind != "init container"))
        {
            foreach (var port in container.Ports.Where(p => InfraSharp.Validation.Rules.PortRules.IsValidPort(p.HostPort)))
            {
                var earlier = published.FirstOrDefault(entry => Clashes(entry.Port, port));
                if (earlier.Port is not null)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.HostPortPublishedTwice, OperationValues.LocationOf(port.ReportAt),
                        port.HostPort.ToString(CultureInfo.InvariantCulture), ContainerLocation.LowerFirst(earlier.Container.Description)));
                }
                else
                {
                    published.Add((port, container));
                }
            }
        }
    }

    private static bool Clashes(PortFact left, PortFact right) =>
        left.HostPort == right.HostPort && left.Protocol == right.Protocol &&
        (IsAnyAddress(left.HostIp) || IsAnyAddress(right.HostIp) || string.Equals(left.HostIp, right.HostIp, StringComparison.OrdinalIgnoreCase));

    private static bool IsAnyAddress(string? hostIp) => string.IsNullOrEmpty(hostIp) || hostIp == "0.0.0.0" || hostIp == "::";
}
