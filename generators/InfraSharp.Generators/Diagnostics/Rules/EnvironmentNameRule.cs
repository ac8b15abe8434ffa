using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2013: <c>WithEnvironment</c> with a constant name that is not <c>[-._a-zA-Z][-._a-zA-Z0-9]*</c>.</summary>
internal static class EnvironmentNameRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "name");
        if (argument is not null && argument.ArgumentKind != ArgumentKind.DefaultValue &&
            OperationValues.TryGetString(argument, out var name) && !EnvironmentRules.IsValidName(name))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidEnvironmentName, OperationValues.LocationOf(argument), name ?? string.Empty));
        }
    }
}
