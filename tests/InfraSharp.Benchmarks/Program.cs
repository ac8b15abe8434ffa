using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using InfraSharp.Emit;

namespace InfraSharp.Benchmarks;

/// <summary>
/// <c>bench [BenchmarkDotNet args]</c> runs the in-process benchmarks; <c>stages N [ROUNDS]</c> prints a quick
/// warm per-stage breakdown (best of ROUNDS, no BenchmarkDotNet); <c>emit N OUTPUT [all|compose|kubernetes]</c>
/// is the whole-process emitter that <c>benchmarks/run-vs-cdk8s.sh</c> times: it builds the workload, validates it,
/// emits the targets and writes them under <c>OUTPUT/scale/</c> with <see cref="ManifestWriter"/>, like the build's
/// emit host does (files streamed into a <see cref="ManifestTransaction"/>, then committed).
/// </summary>
public static class Program
{
    /// <summary>Entry point; returns 2 on bad arguments.</summary>
    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "emit" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var services))
        {
            return Emit(services, args[2], args.Length > 3 ? args[3] : "all");
        }
        if (args.Length >= 2 && args[0] == "stages" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            var rounds = 5;
            if (args.Length > 2 && !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out rounds))
            {
                return Usage();
            }
            StageTimer.Run(count, rounds);
            return 0;
        }
        if (args.Length >= 1 && args[0] == "bench")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }
        return Usage();
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: InfraSharp.Benchmarks bench [BenchmarkDotNet arguments]");
        Console.Error.WriteLine("       InfraSharp.Benchmarks emit N OUTPUT [all|compose|kubernetes]");
        Console.Error.WriteLine("       InfraSharp.Benchmarks stages N [ROUNDS]");
        return 2;
    }

    private static int Emit(int services, string output, string targets)
    {
        EmitTargets emitTargets;
        switch (targets)
        {
            case "all": emitTargets = EmitTargets.All; break;
            case "compose": emitTargets = EmitTargets.Compose; break;
            case "kubernetes": emitTargets = EmitTargets.Kubernetes; break;
            default: return Usage();
        }
        var clock = Stopwatch.StartNew();
        var stack = BenchmarkWorkload.Build(services);
        // The emit host's path: each file is compared and staged as it is produced, then committed.
        using var transaction = new ManifestWriter(output).BeginWrite();
        transaction.AddStack(stack.Name);
        var fileCount = 0;
        StackEmitter.Emit(stack, new EmitOptions { Targets = emitTargets }, file =>
        {
            fileCount++;
            transaction.Add(stack.Name, file);
        });
        var emitted = clock.Elapsed;
        transaction.Commit();
        var total = clock.Elapsed;
        if (Environment.GetEnvironmentVariable("INFRASHARP_BENCH_VERBOSE") == "1")
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{services} services, {fileCount} files: build, emit and stage {emitted.TotalMilliseconds:F0} ms, commit {(total - emitted).TotalMilliseconds:F0} ms"));
            var memory = GC.GetGCMemoryInfo();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC heap {memory.HeapSizeBytes >> 20} MiB, committed {memory.TotalCommittedBytes >> 20} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB, allocated {GC.GetTotalAllocatedBytes() >> 20} MiB, gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
        }
        return 0;
    }
}
