using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH4105: <c>WithUser("root")</c> or uid 0 (call site); a complete service without WithUser (whole stack).</summary>
internal static class RunsAsRootRule
{
    public static void CheckUser(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "user");
        if (OperationValues.TryGetString(argument, out var user) && user is not null && IsRoot(user))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.RunsAsRoot, OperationValues.LocationOf(argument!), "user '" + user + "'"));
        }
    }

    private static bool IsRoot(string user)
    {
        var separator = user.IndexOf(':');
        var name = (separator >= 0 ? user.Substring(0, separator) : user).Trim();
        return name == "root" || name == "0";
    }
}
