using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2010: a fully known service, sidecar or init container with neither WithImage nor WithBuild.</summary>
internal static class NoImageOrBuildRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var container in facts.Containers().Where(c => !c.IsOpen && !c.HasImage && !c.HasBuild && !c.ImageUnknown && c.UnnamedBuild is null))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.NoImageOrBuild, ContainerLocation.Of(container), container.Description));
        }
    }
}
