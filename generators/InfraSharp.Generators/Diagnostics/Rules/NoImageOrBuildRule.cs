using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2010: a fully known service with neither WithImage nor WithBuild.</summary>
internal static class NoImageOrBuildRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services.Where(s => !s.IsOpen && !s.HasImage && !s.HasBuild && !s.ImageUnknown && s.UnnamedBuild is null))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.NoImageOrBuild, OperationValues.CallLocation(service.Declaration), service.DisplayName));
        }
    }
}
