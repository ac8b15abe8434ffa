using InfraSharp.Generators.Diagnostics;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSharp.Generators.Tests;

/// <summary>Runs an analyzer over markup code (<c>{|ISH2003:70000|}</c>) and checks exactly the listed ids.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// Verifies <paramref name="source"/>: every diagnostic of <paramref name="checkedIds"/> is at its markup, and
    /// nothing else of those ids is reported. Other InfraSharp ids are turned off so each test sees one rule.
    /// </summary>
    public static async Task VerifyAsync(string source, params string[] checkedIds)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestCompilation.NoReferenceAssemblies,
            // Some ids have two descriptors (such as ISH2008: invalid quantity, limit below request); markup checks id and span.
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        Configure(test.TestState, test.DisabledDiagnostics, checkedIds);
        await test.RunAsync();
    }

    public static void Configure(SolutionState state, List<string> disabled, IReadOnlyCollection<string> checkedIds)
    {
        state.AdditionalReferences.AddRange(TestCompilation.References);
        disabled.AddRange(RuleCatalog.All.Select(rule => rule.Id).Where(id => !checkedIds.Contains(id)));
        // ISH4105 is off by default; a test that checks it turns it on like a user would.
        if (checkedIds.Contains(DiagnosticIds.RunsAsRoot))
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.ISH4105.severity = warning\n"));
        }
    }
}
