using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2002: two objects of one kind with the same constant name, both surely declared.</summary>
internal static class DuplicateNameRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        var seen = new HashSet<(string Kind, string Name)>();
        foreach (var declared in facts.Objects)
        {
            if (declared.Name is not null && declared.NameArgument is not null && !seen.Add((declared.Kind, declared.Name)))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.DuplicateName, OperationValues.LocationOf(declared.NameArgument), declared.Kind, declared.Name));
            }
        }
    }
}
