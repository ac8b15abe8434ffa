using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>ISH2001: replaces a string literal name by its DNS-1123 form (<c>"My_Web API"</c> becomes <c>"my-web-api"</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidNameFixer)), Shared]
public sealed class InvalidNameFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidName);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
                !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }
            var sanitized = NameRules.Sanitize(literal.Token.ValueText);
            if (sanitized.Length == 0)
            {
                continue;
            }
            var title = $"Rename to '{sanitized}'";
            context.RegisterCodeFix(
                CodeAction.Create(title,
                    token => SyntaxEdits.ReplaceAsync(context.Document, literal,
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(sanitized)).WithTriviaFrom(literal), token),
                    equivalenceKey: nameof(InvalidNameFixer)),
                diagnostic);
        }
    }
}
