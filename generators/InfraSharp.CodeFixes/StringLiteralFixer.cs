using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>
/// A fix that rewrites the string literal a diagnostic points at (a name, an image). Constants from elsewhere are
/// left alone: the fix only offers itself where the bad text is written.
/// </summary>
public abstract class StringLiteralFixer : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
                !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
                Rewrite(literal.Token.ValueText) is not { Length: > 0 } replacement)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(Title(replacement),
                    token => SyntaxEdits.ReplaceAsync(context.Document, literal,
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(literal), token),
                    equivalenceKey: GetType().Name),
                diagnostic);
        }
    }

    /// <summary>The new text, or null/empty when there is no sensible one.</summary>
    protected abstract string? Rewrite(string value);

    /// <summary>The action's title.</summary>
    protected abstract string Title(string replacement);
}
