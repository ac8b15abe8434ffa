using System.Collections;
using System.Reflection;
using InfraSharp.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSharp.Generators.Tests.Generator;

public class StackRegistryGeneratorCachingTests
{
    private const string Stacks = """
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack) => stack.AddService("web").WithImage("nginx:1.27");
        }

        [Stack("blog")]
        public static class Blog
        {
            public static void Define(IStackBuilder stack) => stack.AddService("blog").WithImage("ghost:5");
        }
        """;

    private static readonly string[] TrackedSteps = { TrackingNames.StackClasses, TrackingNames.ValidStacks, TrackingNames.Registry };

    [Fact]
    public void Unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create(Stacks, "public static class Other { }");
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);

        var otherTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(otherTree,
            CSharpSyntaxTree.ParseText("public static class Other { public static int Answer => 42; }", (CSharpParseOptions)otherTree.Options, otherTree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(run => run.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step}: {output.Reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Edit_inside_a_Define_body_does_not_regenerate_the_registry()
    {
        var compilation = TestCompilation.Create(Stacks);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText(Stacks.Replace("nginx:1.27", "nginx:1.28", StringComparison.Ordinal), (CSharpParseOptions)tree.Options, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The edited file's classes were parsed again but produced equal models, so nothing downstream ran.
        Assert.Contains(result.TrackedSteps[TrackingNames.StackClasses].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(result.TrackedSteps[TrackingNames.Registry].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Renaming_a_stack_changes_the_registry_step()
    {
        var compilation = TestCompilation.Create(Stacks);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText(Stacks.Replace("\"blog\"", "\"news\"", StringComparison.Ordinal), (CSharpParseOptions)tree.Options, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.Registry].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("\"news\"", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_locations_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(Diagnostic), typeof(SyntaxTree) };
        var modelTypes = typeof(StackRegistryGenerator).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(StackSpec).Namespace)
            .ToList();
        Assert.Contains(typeof(StackSpec), modelTypes);
        Assert.Contains(typeof(RegistrySpec), modelTypes);

        foreach (var type in modelTypes)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var fieldType = field.FieldType.IsArray ? field.FieldType.GetElementType()! : field.FieldType;
                Assert.False(forbidden.Any(bad => bad.IsAssignableFrom(fieldType)), $"{type.Name}.{field.Name} is a {fieldType.Name}");
                Assert.True(IsPlainData(fieldType), $"{type.Name}.{field.Name} has type {fieldType} which is not a plain equatable value");
            }
        }
    }

    [Fact]
    public void Tracked_step_outputs_are_plain_models()
    {
        var driver = GeneratorRunner.CreateDriver().RunGenerators(TestCompilation.Create(Stacks));
        var result = driver.GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            foreach (var (value, _) in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                Assert.True(value is StackSpec or RegistrySpec, $"{step} produced {value?.GetType()}");
            }
        }
    }

    private static bool IsPlainData(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) ||
        type.Namespace == typeof(StackSpec).Namespace ||
        (type.IsGenericType && type.GetGenericArguments().All(IsPlainData));
}
