using System.Collections.Immutable;
using InfraSharp.Generators.Diagnostics.Analyzers;
using InfraSharp.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSharp.Generators.Tests;

/// <summary>The real samples are correct stacks: the analyzers report no error on them, and the generator registers them.</summary>
public class SampleAnalysisTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(TestCompilation.RepositoryRoot, "samples")).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(folder) != "Broken" && SourcesOf(folder).Length > 1)
            {
                data.Add(Path.GetFileName(folder));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_has_no_analyzer_errors(string sample)
    {
        var compilation = TestCompilation.Create(SourcesOf(Path.Combine(TestCompilation.RepositoryRoot, "samples", sample)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StackDefinitionAnalyzer(), new StackClassAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_stacks_are_registered(string sample)
    {
        var (_, result) = GeneratorRunner.Run(SourcesOf(Path.Combine(TestCompilation.RepositoryRoot, "samples", sample)));

        Assert.Contains("new global::InfraSharp.Registry.StackEntry(", GeneratorRunner.GeneratedText(result), StringComparison.Ordinal);
    }

    // The SDK's implicit usings, which the samples rely on.
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static string[] SourcesOf(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append(ImplicitUsings)
            .ToArray();
}
