using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using InfraSharp.Generators.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSharp.Generators.Benchmarks;

/// <summary>The generator over 100 stacks, and compile versus analyzer time for a 1,000-service stack.</summary>
[MemoryDiagnoser]
public class CompileTimeBenchmarks
{
    private CSharpCompilation stacks = null!;
    private CSharpCompilation services = null!;

    [GlobalSetup]
    public void Setup()
    {
        stacks = Workloads.Compile(Workloads.ManyStacks(100));
        services = Workloads.Compile(Workloads.ServicesStack(1000));
    }

    /// <summary>A fresh generator run (no cache) over 100 stacks.</summary>
    [Benchmark]
    public GeneratorDriver Generator_100_stacks() => RunGenerator(stacks);

    /// <summary>Binding and checking the 1,000-service stack: the compile work the analyzers are compared with.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Compile_1000_services() => CloneFresh(services).GetDiagnostics();

    /// <summary>The analyzers over the 1,000-service stack (on a fresh compilation, so binding is included as in a build).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers_1000_services() => RunAnalyzers(CloneFresh(services));

    public static GeneratorDriver RunGenerator(Compilation compilation) =>
        CSharpGeneratorDriver.Create(new StackRegistryGenerator()).RunGenerators(compilation);

    public static ImmutableArray<Diagnostic> RunAnalyzers(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StackDefinitionAnalyzer(), new StackClassAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    // A new compilation object has no bound state, so every run pays binding again.
    public static CSharpCompilation CloneFresh(CSharpCompilation compilation) => compilation.Clone();
}
