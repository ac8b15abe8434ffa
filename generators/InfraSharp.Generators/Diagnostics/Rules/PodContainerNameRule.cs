using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2002 for companions: two containers of one pod with one constant name, or a sidecar/init container whose
/// Compose service name <c>&lt;service&gt;-&lt;name&gt;</c> is already a service's or another companion's.
/// Containers are only ever added, so known names are enough.
/// </summary>
internal static class PodContainerNameRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        var composeNames = new HashSet<string>(facts.Services.Where(s => s.Name is not null).Select(s => s.Name!), StringComparer.Ordinal);
        foreach (var service in facts.Services.Where(s => s.Name is not null))
        {
            var podNames = new HashSet<string>(StringComparer.Ordinal) { service.Name! };
            foreach (var companion in service.Companions.Where(c => c.Name is not null && c.NameArgument is not null))
            {
                if (!podNames.Add(companion.Name!))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.DuplicateName, OperationValues.LocationOf(companion.NameArgument!),
                        "container", companion.Name));
                    continue;
                }
                var composeName = service.Name + "-" + companion.Name;
                if (!composeNames.Add(composeName))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.DuplicateName, OperationValues.LocationOf(companion.NameArgument!),
                        "Compose service", composeName));
                }
            }
        }
    }
}
