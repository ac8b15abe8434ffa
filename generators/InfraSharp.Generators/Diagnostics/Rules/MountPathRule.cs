using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2014: a constant container path (or node path of <c>NodeHostPath</c>) that is not absolute.</summary>
internal static class MountPathRule
{
    /// <summary>A required path (mount targets, node paths): null is as wrong as relative.</summary>
    public static void CheckRequired(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (argument is not null && argument.ArgumentKind != ArgumentKind.DefaultValue &&
            OperationValues.TryGetString(argument, out var path) && !IsAbsolute(path))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidMountPath, OperationValues.LocationOf(argument), path ?? string.Empty));
        }
    }

    /// <summary>An optional path (config and secret targets): null means the default, which is absolute.</summary>
    public static void CheckOptional(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (!OperationValues.IsOmittedOrNull(argument))
        {
            CheckRequired(report, argument);
        }
    }

    private static bool IsAbsolute(string? path) => path is not null && path.StartsWith("/", StringComparison.Ordinal);
}
