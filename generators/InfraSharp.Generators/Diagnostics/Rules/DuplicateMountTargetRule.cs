using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2006: two mounts (volumes, bind mounts, tmpfs, configs, secrets) of one container at the same constant path.</summary>
internal static class DuplicateMountTargetRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        // Mounts are only ever added, so what is known is enough: an open container can only get more.
        foreach (var container in facts.Containers())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mount in container.Mounts)
            {
                if (!seen.Add(Normalize(mount.Target)))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.DuplicateMountTarget, OperationValues.LocationOf(mount.ReportAt), container.Description, mount.Target));
                }
            }
        }
    }

    // "/data/" and "/data" are the same mount point.
    private static string Normalize(string target) => target.Length > 1 ? target.TrimEnd('/') : target;
}
