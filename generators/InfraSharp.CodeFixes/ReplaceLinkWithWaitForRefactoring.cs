using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>
/// Replaces a legacy <c>WithLink(service)</c> by <c>WaitFor(service)</c>: links are legacy Compose (no rule id flags
/// them, so this is a refactoring rather than a fix). Offered only without an alias, which WaitFor cannot carry.
/// </summary>
[ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(ReplaceLinkWithWaitForRefactoring)), Shared]
public sealed class ReplaceLinkWithWaitForRefactoring : CodeRefactoringProvider
{
    /// <inheritdoc />
    public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var invocation = root?.FindNode(context.Span).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation?.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithLink" } memberAccess ||
            invocation.ArgumentList.Arguments.Count != 1)
        {
            return;
        }
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType.Name: "ServiceBuilder", ContainingNamespace.Name: "InfraSharp" })
        {
            return;
        }
        context.RegisterRefactoring(CodeAction.Create("Replace the legacy link with WaitFor",
            token => SyntaxEdits.ReplaceAsync(context.Document, memberAccess,
                memberAccess.WithName(SyntaxFactory.IdentifierName("WaitFor").WithTriviaFrom(memberAccess.Name)), token),
            equivalenceKey: nameof(ReplaceLinkWithWaitForRefactoring)));
    }
}
