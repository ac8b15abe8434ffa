using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2009: <c>WaitFor(x, DependencyCondition.Healthy)</c> where x surely has no health check. The dependency's
/// <c>AddService</c> call is the additional location, so the code fix knows where to add the check.
/// </summary>
internal static class WaitForHealthyWithoutHealthCheckRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var dependency in facts.Dependencies)
        {
            var target = dependency.Dependency;
            if (dependency.WaitsHealthy && dependency.ConditionArgument is not null && !target.IsOpen && !target.HasHealthCheck)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.WaitForHealthyWithoutHealthCheck,
                    OperationValues.LocationOf(dependency.ConditionArgument),
                    new[] { target.Declaration.Syntax.GetLocation() },
                    target.DisplayName));
            }
        }
    }
}
