using Microsoft.CodeAnalysis.CodeFixes;
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
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        AnalyzerVerifier<TAnalyzer>.Configure(test.TestState, test.DisabledDiagnostics, new[] { id });
        await test.RunAsync();
    }
}
