using BenchmarkDotNet.Attributes;
using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Benchmarks;

/// <summary>
/// In-process (warm) costs of each emission stage on <see cref="BenchmarkWorkload"/>. Divide a mean by
/// <see cref="Services"/> for the per-service cost that issue 6 sets targets for.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class EmitBenchmarks
{
    private StackDefinition _stack = null!;

    /// <summary>Number of services in the stack.</summary>
    [Params(100, 1_000, 5_000)]
    public int Services { get; set; }

    /// <summary>Builds the stack once per parameter value; the stages below only read it.</summary>
    [GlobalSetup]
    public void Setup() => _stack = BenchmarkWorkload.Build(Services);

    /// <summary>The DSL: builders recording the model.</summary>
    [Benchmark]
    public StackDefinition Build() => BenchmarkWorkload.Build(Services);

    /// <summary>Every rule of the catalogue for both targets.</summary>
    [Benchmark]
    public IReadOnlyList<StackDiagnostic> Validate() => StackValidator.Validate(_stack, EmitTargets.All);

    /// <summary>compose.yaml as text.</summary>
    [Benchmark]
    public IReadOnlyList<EmittedFile> EmitCompose() => ComposeEmitter.Emit(_stack, new EmitContext(_stack));

    /// <summary>Every Kubernetes manifest and kustomization.yaml as text.</summary>
    [Benchmark]
    public IReadOnlyList<EmittedFile> EmitKubernetes() => KubernetesEmitter.Emit(_stack, new EmitContext(_stack));

    /// <summary>What the emit host does in memory: build, validate, both targets.</summary>
    [Benchmark]
    public EmitResult BuildValidateEmitAll() => StackEmitter.Emit(BenchmarkWorkload.Build(Services));
}
