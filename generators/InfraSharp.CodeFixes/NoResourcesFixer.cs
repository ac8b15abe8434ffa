using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>
/// ISH4102: appends <c>.WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")</c>
/// to the service's <c>AddService</c> call: small, explicit starting values to tune.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoResourcesFixer)), Shared]
public sealed class NoResourcesFixer : InvocationFixer
{
    /// <summary>The arguments written by the fix.</summary>
    public const string DefaultResources = "cpuRequest: \"100m\", cpuLimit: \"500m\", memoryRequest: \"128Mi\", memoryLimit: \"256Mi\"";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NoResources);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, InvocationExpressionSyntax invocation) =>
        context.RegisterCodeFix(
            CodeAction.Create("Add CPU and memory requests and limits",
                token => SyntaxEdits.ReplaceAsync(context.Document, invocation, SyntaxEdits.AppendCall(invocation, "WithResources", DefaultResources), token),
                equivalenceKey: nameof(NoResourcesFixer)),
            diagnostic);
}
