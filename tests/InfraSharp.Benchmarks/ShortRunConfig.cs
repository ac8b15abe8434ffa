using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace InfraSharp.Benchmarks;

/// <summary>
/// A short job (1 launch, 2 warm-ups, 5 measured iterations) with allocation figures: the whole suite runs in
/// minutes on a 2-core machine; the spread it reports says how far to trust a figure. In-process: no nested build
/// of a generated project (which would write into the source tree and ignore <c>--artifacts-path</c>).
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
