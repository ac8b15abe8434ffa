using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSharp.Generators.Tests;

/// <summary>Checks a code fix: markup before, expected text after (golden text kept by hand).</summary>
internal static class CodeFixVerifier<TAnalyzer, TFixer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFixer : CodeFixProvider, new()
{
    public static async Task VerifyAsync(string source, string fixedSource, string id, int? actionIndex = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestCompilation.NoReferenceAssemblies,
            CodeActionIndex = actionIndex,
        };
        AnalyzerVerifier<TAnalyzer>.Configure(test.TestState, test.DisabledDiagnostics, new[] { id });
        await test.RunAsync();
    }
}

/// <summary>
/// Checks a refactoring: <c>[|span|]</c> marks where it is asked for. The refactoring test package is not served
/// here, so this runs the provider in an AdhocWorkspace directly.
/// </summary>
internal static class RefactoringVerifier<TRefactoring>
    where TRefactoring : CodeRefactoringProvider, new()
{
    public static async Task VerifyAsync(string markup, string expected)
    {
        var start = markup.IndexOf("[|", StringComparison.Ordinal);
        var end = markup.IndexOf("|]", StringComparison.Ordinal) - 2;
        var source = markup.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Refactoring", LanguageNames.CSharp)
            .WithMetadataReferences(TestCompilation.References)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var document = project.AddDocument("Test.cs", source);

        var actions = new List<CodeAction>();
        var context = new CodeRefactoringContext(document, TextSpan.FromBounds(start, end), actions.Add, CancellationToken.None);
        await new TRefactoring().ComputeRefactoringsAsync(context);

        var result = source;
        if (actions.Count > 0)
        {
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            result = (await changed.GetTextAsync()).ToString();
        }
        Assert.Equal(expected, result);
    }
}
