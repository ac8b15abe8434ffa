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
/// ISH4101: pins an unpinned image literal to the placeholder tag <c>1.0</c> (<c>"redis:latest"</c> and
/// <c>"redis"</c> become <c>"redis:1.0"</c>). We cannot know which version the user runs, so the fix writes a visible
/// placeholder to edit rather than guessing a real one; the action title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LatestOrMissingTagFixer)), Shared]
public sealed class LatestOrMissingTagFixer : CodeFixProvider
{
    /// <summary>The tag written by the fix.</summary>
    public const string PlaceholderTag = "1.0";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LatestOrMissingTag);

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
            var pinned = Pin(literal.Token.ValueText);
            context.RegisterCodeFix(
                CodeAction.Create($"Pin to '{pinned}' (edit the placeholder tag to the version you run)",
                    token => SyntaxEdits.ReplaceAsync(context.Document, literal,
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(pinned)).WithTriviaFrom(literal), token),
                    equivalenceKey: nameof(LatestOrMissingTagFixer)),
                diagnostic);
        }
    }

    /// <summary>Drops a <c>:latest</c> tag and appends the placeholder tag.</summary>
    public static string Pin(string image)
    {
        const string latest = ":latest";
        var name = image.EndsWith(latest, StringComparison.Ordinal) ? image.Substring(0, image.Length - latest.Length) : image;
        return name + ":" + PlaceholderTag;
    }
}
