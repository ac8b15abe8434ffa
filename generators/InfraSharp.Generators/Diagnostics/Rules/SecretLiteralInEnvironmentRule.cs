using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4107: <c>WithEnvironment("DB_PASSWORD", "hunter2")</c>: a secret-looking name with a literal value.</summary>
internal static class SecretLiteralInEnvironmentRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var valueArgument = OperationValues.Argument(invocation, "value");
        if (OperationValues.TryGetString(OperationValues.Argument(invocation, "name"), out var name) &&
            OperationValues.TryGetString(valueArgument, out var value) &&
            EnvironmentRules.LooksLikeSecret(name, value))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.SecretLiteralInEnvironment, OperationValues.LocationOf(valueArgument!), name));
        }
    }
}
