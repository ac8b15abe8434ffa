using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2006: two mounts of one service at the same constant container path.</summary>
internal static class DuplicateMountTargetRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        foreach (var service in facts.Services)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mount in service.Mounts)
            {
                if (!seen.Add(Normalize(mount.Target)))
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.DuplicateMountTarget, OperationValues.LocationOf(mount.ReportAt), service.DisplayName, mount.Target));
                }
            }
        }
    }

    // "/data/" and "/data" are the same mount point.
    private static string Normalize(string target) => target.Length > 1 ? target.TrimEnd('/') : target;
}
