using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// What a fully known service lacks: ISH4102 (no resources), ISH4103 (ports, no health check) and ISH4105 (no
/// user). Reported at its <c>AddService</c> call.
/// </summary>
internal static class ServiceBestPracticeRules
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services.Where(s => !s.IsOpen))
        {
            var location = OperationValues.CallLocation(service.Declaration);
            if (!service.HasResources)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NoResources, location, service.DisplayName));
            }
            if (service.PortCount > 0 && !service.HasHealthCheck)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NoReadinessProbe, location, service.DisplayName));
            }
            if (!service.HasUser)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.RunsAsRoot, location, "service '" + service.DisplayName + "' sets no user"));
            }
        }
    }
}
