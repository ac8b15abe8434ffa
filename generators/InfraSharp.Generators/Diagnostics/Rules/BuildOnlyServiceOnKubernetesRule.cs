using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4001: a fully known container built from source whose image is never named.</summary>
internal static class BuildOnlyServiceOnKubernetesRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var container in facts.Containers())
        {
            if (!container.IsOpen && container.UnnamedBuild is not null && !container.HasImage && !container.ImageUnknown)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.BuildOnlyServiceOnKubernetes, OperationValues.CallLocation(container.UnnamedBuild), container.Description));
            }
        }
    }
}
