using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// What a fully known container lacks: ISH4102 (no resources) and ISH4105 (no user) for every container, ISH4103
/// (ports, no health check) for long-running services (Jobs and CronJobs get no probes). Reported at the service's
/// <c>AddService</c> call or the companion's name.
/// </summary>
internal static class ServiceBestPracticeRules
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var container in facts.Containers().Where(c => !c.IsOpen))
        {
            var location = ContainerLocation.Of(container);
            if (!container.HasResources)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NoResources, location, container.Description));
            }
            if (container is ServiceFacts { RunsToCompletion: false, PortCount: > 0, HasHealthCheck: false } service)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NoReadinessProbe, location, service.DisplayName));
            }
            if (!container.HasUser)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.RunsAsRoot, location, ContainerLocation.LowerFirst(container.Description) + " sets no user"));
            }
        }
    }
}
