using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>A fix that rewrites the call (<c>WithBindMount(...)</c>, <c>AddService(...)</c>) a diagnostic points into.</summary>
public abstract class InvocationFixer : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var invocation = await SyntaxEdits.FindInvocationAsync(context.Document, diagnostic.Location, context.CancellationToken).ConfigureAwait(false);
            if (invocation is not null)
            {
                RegisterFixes(context, diagnostic, invocation);
            }
        }
    }

    /// <summary>Registers the actions for <paramref name="diagnostic"/> on <paramref name="invocation"/>, if any apply.</summary>
    protected abstract void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax invocation);
}
