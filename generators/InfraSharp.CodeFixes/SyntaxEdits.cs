using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>Small syntax helpers shared by the fixers.</summary>
internal static class SyntaxEdits
{
    /// <summary>Turns <c>call</c> into <c>call.Method(arguments)</c>, keeping the call's trivia outside.</summary>
    public static InvocationExpressionSyntax AppendCall(ExpressionSyntax call, string method, string arguments)
    {
        var appended = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call.WithoutTrivia(), SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ParseArgumentList("(" + arguments + ")"));
        return appended.WithTriviaFrom(call);
    }

    /// <summary>
    /// <paramref name="typeName"/> (such as <c>Probe</c>) when it binds to <c>InfraSharp.typeName</c> at
    /// <paramref name="position"/>, else <c>global::InfraSharp.typeName</c>.
    /// </summary>
    public static async Task<string> TypeNameAtAsync(Document document, int position, string typeName, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var symbol = model?.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(typeName), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        return symbol is INamedTypeSymbol { ContainingNamespace: { Name: "InfraSharp", ContainingNamespace.IsGlobalNamespace: true } }
            ? typeName
            : "global::InfraSharp." + typeName;
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
