using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2001: a constant object name that is not a DNS-1123 label (subdomain for configs and secrets, IANA name for ports).</summary>
internal static class InvalidNameRule
{
    public static void CheckArgument(Action<Diagnostic> report, IArgumentOperation? argument, string kind)
    {
        if (OperationValues.TryGetString(argument, out var name) && name is not null && !NameRules.IsValidName(name))
        {
            report(Create(OperationValues.LocationOf(argument!), kind, name));
        }
    }

    /// <summary>Configs and secrets become ConfigMap/Secret names: DNS subdomains, so 'nginx.conf' is fine.</summary>
    public static void CheckSubdomainArgument(Action<Diagnostic> report, IArgumentOperation? argument, string kind)
    {
        if (OperationValues.TryGetString(argument, out var name) && name is not null && !NameRules.IsValidSubdomain(name))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidOtherName, OperationValues.LocationOf(argument!), kind + " name", name,
                "use a DNS subdomain: dot-separated lower-case letters, digits and '-', such as 'nginx.conf'"));
        }
    }

    /// <summary>Kubernetes port names: at most 15 characters, lower case, with a letter. A left-out or null name is fine.</summary>
    public static void CheckPortNameArgument(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (!OperationValues.IsOmittedOrNull(argument) && OperationValues.TryGetString(argument, out var name) && name is not null && !NameRules.IsValidPortName(name))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidOtherName, OperationValues.LocationOf(argument!), "port name", name,
                "use at most 15 lower-case letters, digits and '-', with a letter, such as 'http'"));
        }
    }

    /// <summary>Network aliases written as an array of constants: each must be a DNS label.</summary>
    public static void CheckAliasesArgument(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (argument?.Value is not IArrayCreationOperation { Initializer: { } initializer })
        {
            return;
        }
        foreach (var element in initializer.ElementValues)
        {
            if (OperationValues.TryGetConstant(element, out var value) && value is string alias && !NameRules.IsValidName(alias))
            {
                report(Create(element.Syntax.GetLocation(), "network alias", alias));
            }
        }
    }

    public static Diagnostic Create(Location location, string kind, string name)
    {
        var suggestion = NameRules.Sanitize(name);
        return Diagnostic.Create(DiagnosticDescriptors.InvalidName, location, kind, name, suggestion.Length > 0 ? suggestion : "web-api");
    }
}
