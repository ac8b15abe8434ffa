using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>
/// ISH4002: adds <c>kubernetes: BindMountOnKubernetes.Skip</c> (the mount is development-only), or
/// <c>BindMountOnKubernetes.ConfigMap</c> for read-only configuration, as two actions.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BindMountWithoutKubernetesChoiceFixer)), Shared]
public sealed class BindMountWithoutKubernetesChoiceFixer : InvocationFixer
{
    private const string ParameterName = "kubernetes";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BindMountWithoutKubernetesChoice);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax invocation)
    {
        foreach (var choice in new[] { "Skip", "ConfigMap" })
        {
            context.RegisterCodeFix(
                CodeAction.Create($"On Kubernetes: BindMountOnKubernetes.{choice}",
                    async token =>
                    {
                        var type = await SyntaxEdits.TypeNameAtAsync(context.Document, invocation.SpanStart, "BindMountOnKubernetes", token).ConfigureAwait(false);
                        return await SyntaxEdits.ReplaceAsync(context.Document, invocation, WithChoice(invocation, type + "." + choice), token).ConfigureAwait(false);
                    },
                    equivalenceKey: nameof(BindMountWithoutKubernetesChoiceFixer) + choice),
                diagnostic);
        }
    }

    private static InvocationExpressionSyntax WithChoice(InvocationExpressionSyntax invocation, string choice)
    {
        var value = SyntaxFactory.ParseExpression(choice);
        var arguments = invocation.ArgumentList.Arguments;
        // An explicit positional or named null is replaced where it stands; otherwise a named argument is appended.
        var existing = arguments.FirstOrDefault(argument => argument.NameColon?.Name.Identifier.ValueText == ParameterName) ??
            (arguments.Count >= 4 && arguments[3].NameColon is null ? arguments[3] : null);
        var updated = existing is not null
            ? arguments.Replace(existing, existing.WithExpression(value.WithTriviaFrom(existing.Expression)))
            : arguments.Add(SyntaxFactory.Argument(SyntaxFactory.NameColon(ParameterName), default, value));
        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(updated));
    }
}
