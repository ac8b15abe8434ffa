using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace InfraSharp.CodeFixes;

/// <summary>Small syntax helpers shared by the fixers.</summary>
internal static class SyntaxEdits
{
    /// <summary>Parses a fully qualified expression and lets the simplifier shorten it where usings allow.</summary>
    public static ExpressionSyntax Qualified(string expression) =>
        SyntaxFactory.ParseExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>Turns <c>call</c> into <c>call.Method(arguments)</c>, keeping the call's trivia outside.</summary>
    public static InvocationExpressionSyntax AppendCall(ExpressionSyntax call, string method, string arguments)
    {
        var appended = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call.WithoutTrivia(), SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ParseArgumentList("(" + arguments + ")"));
        return appended.WithTriviaFrom(call).WithAdditionalAnnotations(Simplifier.Annotation);
    }

    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode));
    }

    public static async Task<InvocationExpressionSyntax?> FindInvocationAsync(Document document, Location location, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
    }
}
