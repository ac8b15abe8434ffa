using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2001: a constant object name that is not a DNS-1123 label.</summary>
internal static class InvalidNameRule
{
    public static void CheckArgument(Action<Diagnostic> report, IArgumentOperation? argument, string kind)
    {
        if (OperationValues.TryGetString(argument, out var name) && name is not null && !NameRules.IsValidName(name))
        {
            report(Create(OperationValues.LocationOf(argument!), kind, name));
        }
    }

    public static Diagnostic Create(Location location, string kind, string name)
    {
        var suggestion = NameRules.Sanitize(name);
        return Diagnostic.Create(DiagnosticDescriptors.InvalidName, location, kind, name, suggestion.Length > 0 ? suggestion : "web-api");
    }
}
