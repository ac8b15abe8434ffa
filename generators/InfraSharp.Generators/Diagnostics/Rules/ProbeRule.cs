using System.Globalization;
using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2018 on the <c>Probe</c> factories and <c>WithTimings</c>: a constant port outside 1-65535, an HTTP path not
/// starting with '/', an exec probe with no command, a timing that is surely not positive (negative start period),
/// retries below 1. Time spans are known from <c>TimeSpan.Zero</c>, <c>default</c>, <c>TimeSpan.FromX(constant)</c>
/// and <c>new TimeSpan(constants)</c>; anything else is skipped.
/// </summary>
internal static class ProbeRule
{
    public static void Check(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "Http":
                CheckPath(report, OperationValues.Argument(invocation, "path"));
                CheckPort(report, OperationValues.Argument(invocation, "port"));
                break;
            case "Tcp":
                CheckPort(report, OperationValues.Argument(invocation, "port"));
                break;
            case "Exec":
                CheckCommand(report, invocation);
                break;
            case "WithTimings":
                CheckTiming(report, OperationValues.Argument(invocation, "interval"), "interval", allowZero: false);
                CheckTiming(report, OperationValues.Argument(invocation, "timeout"), "timeout", allowZero: false);
                CheckTiming(report, OperationValues.Argument(invocation, "startPeriod"), "start period", allowZero: true);
                var retries = OperationValues.Argument(invocation, "retries");
                if (!OperationValues.IsOmittedOrNull(retries) && OperationValues.TryGetInt(retries, out var count) && count < 1)
                {
                    Report(report, retries!.Value, "retries " + Text(count!.Value) + " is below 1");
                }
                break;
        }
    }

    private static void CheckPath(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (argument is not null && OperationValues.TryGetString(argument, out var path) && (path is null || !path.StartsWith("/", StringComparison.Ordinal)))
        {
            Report(report, argument.Value, "HTTP path '" + path + "' does not start with '/'");
        }
    }

    private static void CheckPort(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (OperationValues.TryGetInt(argument, out var port) && port is { } value && !PortRules.IsValidPort(value))
        {
            Report(report, argument!.Value, "port " + Text(value) + " is outside 1-65535");
        }
    }

    private static void CheckCommand(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        // Probe.Exec() and Probe.Exec("", " "): the params array and each of its elements are constants.
        if (OperationValues.Argument(invocation, "command")?.Value is not IArrayCreationOperation array)
        {
            return;
        }
        IEnumerable<IOperation> elements;
        if (array.Initializer is { } initializer)
        {
            elements = initializer.ElementValues;
        }
        else if (array.DimensionSizes.Length == 1 && OperationValues.TryGetConstant(array.DimensionSizes[0], out var size) && size is 0)
        {
            elements = Array.Empty<IOperation>();
        }
        else
        {
            return;
        }
        foreach (var element in elements)
        {
            if (!OperationValues.TryGetConstant(element, out var value) || value is string text && text.Trim().Length > 0)
            {
                return;
            }
        }
        report(Diagnostic.Create(DiagnosticDescriptors.InvalidProbe, OperationValues.CallLocation(invocation), "exec command is empty"));
    }

    private static void CheckTiming(Action<Diagnostic> report, IArgumentOperation? argument, string what, bool allowZero)
    {
        if (argument is null || OperationValues.IsOmittedOrNull(argument) || TimeSpanSign(argument.Value) is not { } sign)
        {
            return;
        }
        if (sign < 0 || (sign == 0 && !allowZero))
        {
            Report(report, argument.Value, what + (sign < 0 ? " is negative" : " is zero") + (allowZero ? string.Empty : ": it must be positive"));
        }
    }

    /// <summary>-1, 0 or 1 for a time span known from constants; null when not known.</summary>
    private static int? TimeSpanSign(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }
        if (operation.Type?.Name != "TimeSpan" || operation.Type.ContainingNamespace?.Name != "System")
        {
            return null;
        }
        switch (operation)
        {
            case IDefaultValueOperation:
                return 0;
            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Zero" } }:
                return 0;
            case IInvocationOperation { TargetMethod.IsStatic: true } call when call.TargetMethod.Name.StartsWith("From", StringComparison.Ordinal):
                return CombinedSign(call.Arguments);
            case IObjectCreationOperation creation:
                return CombinedSign(creation.Arguments);
            default:
                return null;
        }
    }

    /// <summary>The sign of a sum of constant parts (hours, minutes, seconds...), when all parts agree.</summary>
    private static int? CombinedSign(IEnumerable<IArgumentOperation> arguments)
    {
        var sign = 0;
        foreach (var argument in arguments)
        {
            if (!OperationValues.TryGetConstant(argument.Value, out var value) || value is null || value is bool or string or char)
            {
                return null;
            }
            double number;
            try
            {
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
            {
                return null;
            }
            if (double.IsNaN(number))
            {
                return null;
            }
            var part = Math.Sign(number);
            if (part != 0 && sign != 0 && part != sign)
            {
                return null;
            }
            sign = part != 0 ? part : sign;
        }
        return sign;
    }

    private static void Report(Action<Diagnostic> report, IOperation at, string problem) =>
        report(Diagnostic.Create(DiagnosticDescriptors.InvalidProbe, at.Syntax.GetLocation(), problem));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
