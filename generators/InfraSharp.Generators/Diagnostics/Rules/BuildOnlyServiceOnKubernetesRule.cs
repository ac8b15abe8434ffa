using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4001: a fully known service built from source whose image is never named.</summary>
internal static class BuildOnlyServiceOnKubernetesRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services)
        {
            if (!service.IsOpen && service.UnnamedBuild is not null && !service.HasImage && !service.ImageUnknown)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.BuildOnlyServiceOnKubernetes, OperationValues.CallLocation(service.UnnamedBuild), service.DisplayName));
            }
        }
    }
}
