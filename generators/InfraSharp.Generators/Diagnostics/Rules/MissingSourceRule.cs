using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2019: a fully known config or secret that is never given a source nor marked external.</summary>
internal static class MissingSourceRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var declared in facts.Objects.Where(o => o.Kind is "config" or "secret" && !o.IsOpen && !o.HasSource))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.MissingSource, OperationValues.CallLocation(declared.Declaration),
                declared.Kind, declared.Name ?? "(unnamed)", declared.Kind == "config" ? "FromFile(...), FromContent(...)" : "FromFile(...), FromEnvironment(...)"));
        }
    }
}
