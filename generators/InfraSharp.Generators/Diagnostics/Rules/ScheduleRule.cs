using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2017: <c>AsCronJob</c> with a constant schedule that is not a cron expression or macro.</summary>
internal static class ScheduleRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var argument = OperationValues.Argument(invocation, "schedule");
        if (argument is not null && OperationValues.TryGetString(argument, out var schedule) && !CronRules.IsValid(schedule))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidSchedule, OperationValues.LocationOf(argument), schedule ?? string.Empty));
        }
    }
}
