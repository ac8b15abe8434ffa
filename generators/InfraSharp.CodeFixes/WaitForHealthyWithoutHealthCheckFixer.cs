using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.CodeFixes;

/// <summary>
/// ISH2009: adds a health check stub, <c>.WithHealthCheck(Probe.Exec("true"))</c>, to the dependency's
/// <c>AddService</c> call (the diagnostic's additional location). The stub always passes: it is a place to write
/// the real check.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WaitForHealthyWithoutHealthCheckFixer)), Shared]
public sealed class WaitForHealthyWithoutHealthCheckFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WaitForHealthyWithoutHealthCheck);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = diagnostic.AdditionalLocations.FirstOrDefault();
            if (declaration is null || declaration.SourceTree != await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(declaration.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax addService)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create("Add a health check stub to the dependency",
                    async token =>
                    {
                        var probe = await SyntaxEdits.TypeNameAtAsync(context.Document, addService.SpanStart, "Probe", token).ConfigureAwait(false);
                        return await SyntaxEdits.ReplaceAsync(context.Document, addService,
                            SyntaxEdits.AppendCall(addService, "WithHealthCheck", probe + ".Exec(\"true\")"), token).ConfigureAwait(false);
                    },
                    equivalenceKey: nameof(WaitForHealthyWithoutHealthCheckFixer)),
                diagnostic);
        }
    }
}
