using System.Globalization;

namespace InfraSharp.Benchmarks;

/// <summary>The benchmark workload as a stack the emit host finds: INFRASHARP_BENCH_SERVICES services (default 1,000).</summary>
[Stack(BenchmarkWorkload.StackName)]
public static class WorkloadStack
{
    /// <summary>Describes the workload.</summary>
    public static void Define(IStackBuilder stack) =>
        BenchmarkWorkload.Define(stack, int.TryParse(Environment.GetEnvironmentVariable("INFRASHARP_BENCH_SERVICES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1000);
}
