using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSharp.Generators.Tests.Generator;

/// <summary>Runs <see cref="StackRegistryGenerator"/> (or another generator) on in-memory sources, with step tracking on.</summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver() => CreateDriver(new StackRegistryGenerator());

    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns the updated compilation and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(params string[] sources)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(TestCompilation.Create(sources), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult());
    }

    public static string GeneratedText(GeneratorDriverRunResult result) =>
        Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString();
}
