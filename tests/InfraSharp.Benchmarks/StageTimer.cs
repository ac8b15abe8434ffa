using System.Diagnostics;
using System.Globalization;
using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Validation;

namespace InfraSharp.Benchmarks;

/// <summary>
/// A quick warm breakdown of the stages (best of a few rounds, after one warm-up round): the profile to look at
/// before and after a change, in seconds rather than the minutes a BenchmarkDotNet run takes.
/// </summary>
internal static class StageTimer
{
    public static void Run(int services, int rounds)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var stack = BenchmarkWorkload.Build(services);
            Record(best, round, rounds, "build", clock);
            StackValidator.Validate(stack, EmitTargets.All);
            Record(best, round, rounds, "validate", clock);
            ComposeEmitter.Emit(stack, new EmitContext(stack));
            Record(best, round, rounds, "compose", clock);
            KubernetesEmitter.Emit(stack, new EmitContext(stack));
            Record(best, round, rounds, "kubernetes", clock);
            var objects = KubernetesEmitter.CreateObjects(stack, new EmitContext(stack));
            Record(best, round, rounds, "k8s-objects", clock);
            var jsons = objects.Select(o => k8s.KubernetesJson.Serialize(o)).ToList();
            Record(best, round, rounds, "k8s-json", clock);
            var docs = jsons.Select(j => System.Text.Json.JsonDocument.Parse(j)).ToList();
            Record(best, round, rounds, "k8s-parse", clock);
            foreach (var d in docs) InfraSharp.Yaml.YamlJsonWriter.ToYaml(d.RootElement);
            Record(best, round, rounds, "k8s-yaml", clock);
            var cf = ComposeEmitter.CreateFile(stack, new EmitContext(stack));
            Record(best, round, rounds, "c-file", clock);
            ComposeEmitter.Write(cf);
            Record(best, round, rounds, "c-write", clock);
        }
        foreach (var (stage, milliseconds) in best)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-11} {milliseconds,9:F1} ms  {milliseconds / services,7:F4} ms/service"));
        }
    }

    private static void Record(Dictionary<string, double> best, int round, int rounds, string stage, Stopwatch clock)
    {
        var elapsed = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        // Round 0 warms the JIT up and is not counted, unless it is the only round (a cold profile).
        if (round > 0 || rounds == 0)
        {
            best[stage] = best.TryGetValue(stage, out var previous) ? Math.Min(previous, elapsed) : elapsed;
        }
    }
}
