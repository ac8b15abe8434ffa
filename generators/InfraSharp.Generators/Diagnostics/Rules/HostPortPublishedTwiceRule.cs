using System.Globalization;
using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2004: one host port, protocol and (overlapping) host address published twice in a stack.</summary>
internal static class HostPortPublishedTwiceRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        var published = new List<(PortFact Port, ServiceFacts Service)>();
        foreach (var service in facts.Services)
        {
            foreach (var port in service.Ports)
            {
                var earlier = published.FirstOrDefault(entry => Clashes(entry.Port, port));
                if (earlier.Port is not null)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.HostPortPublishedTwice, OperationValues.LocationOf(port.ReportAt),
                        port.HostPort.ToString(CultureInfo.InvariantCulture), earlier.Service.DisplayName));
                }
                else
                {
                    published.Add((port, service));
                }
            }
        }
    }

    private static bool Clashes(PortFact left, PortFact right) =>
        left.HostPort == right.HostPort && left.Protocol == right.Protocol &&
        (IsAnyAddress(left.HostIp) || IsAnyAddress(right.HostIp) || string.Equals(left.HostIp, right.HostIp, StringComparison.OrdinalIgnoreCase));

    private static bool IsAnyAddress(string? hostIp) => string.IsNullOrEmpty(hostIp) || hostIp == "0.0.0.0" || hostIp == "::";
}
