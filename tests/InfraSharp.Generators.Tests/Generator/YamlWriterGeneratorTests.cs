using System.Reflection;
using InfraSharp.YamlWriters;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSharp.Generators.Tests.Generator;

/// <summary>
/// The build-time YAML writer generator (InfraSharp's own, not shipped): its pipeline caches, holds no symbols and never
/// throws on odd input. What it writes is checked against System.Text.Json in InfraSharp.Tests (Performance).
/// </summary>
public class YamlWriterGeneratorTests
{
    // The attribute and writer live in InfraSharp (internal there); the test compilation declares look-alikes.
    private const string Support = """
        namespace InfraSharp.Yaml
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            internal sealed class GeneratedYamlWriterAttribute(params System.Type[] roots) : System.Attribute
            {
                public System.Type[] Roots { get; } = roots;
                public bool CamelCase { get; init; }
            }

            internal sealed class YamlTreeWriter
            {
                public bool BeginMapping() => true;
                public void EndMapping() { }
                public bool BeginSequence() => true;
                public void EndSequence() { }
                public bool Key(string name) => true;
                public void String(string value) { }
                public void Boolean(bool value) { }
                public void Null() { }
                public void Number(long value) { }
                public void Number(ulong value) { }
                public void Number(decimal value) { }
                public bool Number(double value) => true;
                public bool Number(float value) => true;
            }
        }
        """;

    private const string Models = """
        using System.Collections.Generic;
        using InfraSharp.Yaml;

        public class Item
        {
            public string? Name { get; set; }
            public IList<Item>? Children { get; set; }
            public IDictionary<string, int?>? Counts { get; set; }
            public object? Anything { get; set; }
        }

        [GeneratedYamlWriter(typeof(Item), CamelCase = true)]
        internal static partial class ItemYaml
        {
        }
        """;

    [Fact]
    public void Generated_writer_compiles_and_the_pipeline_holds_only_strings()
    {
        var (output, result) = Run(Support, Models);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var text = Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString();
        Assert.Contains("if (!writer.Key(\"children\")) return false;", text, StringComparison.Ordinal);
        Assert.Contains("is left to the serializer", text, StringComparison.Ordinal);
        // The step's outputs are records of strings: nothing that would keep a compilation alive or defeat caching.
        var value = Assert.Single(result.Results[0].TrackedSteps[YamlWriterGenerator.WriterSourcesStep]).Outputs.Single().Value;
        Assert.All(value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance), property => Assert.Equal(typeof(string), property.PropertyType));
    }

    [Fact]
    public void Unrelated_edit_leaves_the_generated_file_cached()
    {
        var compilation = TestCompilation.Create(Support, Models, "public static class Other { }");
        var driver = CreateDriver().RunGenerators(compilation);

        var otherTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(otherTree,
            CSharpSyntaxTree.ParseText("public static class Other { public static int Answer => 42; }", (CSharpParseOptions)otherTree.Options, otherTree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[YamlWriterGenerator.WriterSourcesStep].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Theory]
    [InlineData("[GeneratedYamlWriter(typeof(Missing))] internal static partial class A { }")]
    [InlineData("[GeneratedYamlWriter] internal static partial class A { }")]
    [InlineData("[GeneratedYamlWriter(null)] internal static partial class A { }")]
    [InlineData("[GeneratedYamlWriter(typeof(System.Collections.Generic.List<int>), typeof(int), typeof(string[]))] internal static partial class A { }")]
    [InlineData("public partial class Outer { [GeneratedYamlWriter(typeof(Outer))] internal static partial class A { } }")]
    [InlineData("[GeneratedYamlWriter(typeof(A))] internal class A { public A Self => this; }")]
    public void Odd_input_never_makes_the_generator_throw(string source)
    {
        var (_, result) = Run(Support, "using InfraSharp.Yaml;\n" + source);

        Assert.All(result.Results, generator => Assert.Null(generator.Exception));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
    }

    private static GeneratorDriver CreateDriver() => GeneratorRunner.CreateDriver(new YamlWriterGenerator());

    private static (Compilation Output, GeneratorDriverRunResult Result) Run(params string[] sources)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(TestCompilation.Create(sources), out var output, out _);
        return (output, driver.GetRunResult());
    }
}
