using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4106: <c>WithNetworkMode(NetworkMode.Host)</c>.</summary>
internal static class HostNetworkRule
{
    /// <summary>The value of <c>NetworkMode.Host</c>.</summary>
    public const int HostMode = 1;

    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "mode");
        if (OperationValues.TryGetInt(argument, out var mode) && mode == HostMode)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.HostNetwork, OperationValues.LocationOf(argument!)));
        }
    }
}
