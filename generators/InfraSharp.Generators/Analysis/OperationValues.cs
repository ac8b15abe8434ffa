using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace InfraSharp.Generators.Analysis;

/// <summary>Reads constant arguments and computes report locations. Non-constant means unknown: callers skip.</summary>
internal static class OperationValues
{
    /// <summary>The argument bound to the parameter named <paramref name="name"/>, or null.</summary>
    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }
        return null;
    }

    /// <summary>The constant value of <paramref name="operation"/>, looking through conversions such as int to int?.</summary>
    public static bool TryGetConstant(IOperation? operation, out object? value)
    {
        for (var current = operation; current is not null;)
        {
            if (current.ConstantValue.HasValue)
            {
                value = current.ConstantValue.Value;
                return true;
            }
            current = current is IConversionOperation conversion ? conversion.Operand : null;
        }
        value = null;
        return false;
    }

    public static bool TryGetString(IArgumentOperation? argument, out string? value)
    {
        value = null;
        if (argument is null || !TryGetConstant(argument.Value, out var constant))
        {
            return false;
        }
        if (constant is null or string)
        {
            value = (string?)constant;
            return true;
        }
        return false;
    }

    public static bool TryGetInt(IArgumentOperation? argument, out int? value)
    {
        value = null;
        if (argument is null || !TryGetConstant(argument.Value, out var constant))
        {
            return false;
        }
        switch (constant)
        {
            case null:
                return true;
            case int number:
                value = number;
                return true;
            default:
                return false;
        }
    }

    public static bool TryGetBool(IArgumentOperation? argument, out bool value)
    {
        value = false;
        if (argument is not null && TryGetConstant(argument.Value, out var constant) && constant is bool flag)
        {
            value = flag;
            return true;
        }
        return false;
    }

    /// <summary>True when the argument was left out (its default is used) or is the literal <c>null</c>.</summary>
    public static bool IsOmittedOrNull(IArgumentOperation? argument) =>
        argument is not null &&
        (argument.ArgumentKind == ArgumentKind.DefaultValue || (TryGetConstant(argument.Value, out var value) && value is null));

    /// <summary>Where to report on an argument: its value expression (not the <c>name:</c> prefix).</summary>
    public static Location LocationOf(IArgumentOperation argument) =>
        argument.ArgumentKind == ArgumentKind.DefaultValue ? argument.Syntax.GetLocation() : argument.Value.Syntax.GetLocation();

    /// <summary>Where to report on a call: from the method name to the closing parenthesis (<c>WithPort(80)</c>), not the whole chain.</summary>
    public static Location CallLocation(IInvocationOperation invocation)
    {
        var syntax = invocation.Syntax;
        if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } call)
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(memberAccess.Name.SpanStart, call.Span.End));
        }
        if (syntax is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } boundCall)
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(binding.Name.SpanStart, boundCall.Span.End));
        }
        return syntax.GetLocation();
    }
}
