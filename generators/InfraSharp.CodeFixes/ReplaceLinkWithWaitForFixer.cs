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
/// ISH2021: replaces a legacy <c>WithLink(service)</c> by <c>WaitFor(service)</c>. Offered only when the link has no
/// alias (left out or <c>null</c>): an alias must become a network alias of the linked service, which is a design
/// choice (which network?) the fix cannot make.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceLinkWithWaitForFixer)), Shared]
public sealed class ReplaceLinkWithWaitForFixer : InvocationFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyLink);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithLink" } memberAccess ||
            DependencyArgument(invocation.ArgumentList) is not { } dependency)
        {
            return;
        }
        context.RegisterCodeFix(
            CodeAction.Create("Replace the legacy link with WaitFor",
                token => SyntaxEdits.ReplaceAsync(context.Document, invocation, Rewrite(invocation, memberAccess, dependency), token),
                equivalenceKey: nameof(ReplaceLinkWithWaitForFixer)),
            diagnostic);
    }

    /// <summary>The linked service's argument when every other argument is a null alias; else null (no fix).</summary>
    private static ArgumentSyntax? DependencyArgument(ArgumentListSyntax arguments)
    {
        ArgumentSyntax? dependency = null;
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            var name = argument.NameColon?.Name.Identifier.ValueText;
            if (name == "service" || (name is null && i == 0))
            {
                dependency = argument;
            }
            else if (!((name == "alias" || (name is null && i == 1)) && argument.Expression.IsKind(SyntaxKind.NullLiteralExpression)))
            {
                return null;
            }
        }
        return dependency;
    }

    private static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax memberAccess, ArgumentSyntax dependency)
    {
        // WaitFor names its parameter 'dependency': keep a named argument named.
        var argument = dependency.NameColon is null
            ? dependency.WithoutTrivia()
            : dependency.WithNameColon(SyntaxFactory.NameColon("dependency")).WithoutTrivia();
        return invocation
            .WithExpression(memberAccess.WithName(SyntaxFactory.IdentifierName("WaitFor").WithTriviaFrom(memberAccess.Name)))
            .WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(argument)));
    }
}
