using System.Diagnostics;
using System.Globalization;
using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Validation;

namespace InfraSharp.Benchmarks;

/// <summary>
/// A quick per-stage breakdown (best of a few rounds after one warm-up round; with 0 rounds, the cold first round):
/// the profile to look at before and after a change, in seconds rather than the minutes a BenchmarkDotNet run takes.
/// The <c>k8s-*</c> and <c>compose-*</c> lines split the two writers into their steps; <c>k8s-serializer</c> is the
/// straightforward path (System.Text.Json, then YAML) that the generated writer (<c>k8s-yaml</c>) replaces.
/// </summary>
internal static class StageTimer
{
    public static void Run(int services, int rounds)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var round = 0; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            void Record(string stage)
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                // Round 0 warms the JIT up and is not counted, unless it is the only round (a cold profile).
                if (round > 0 || rounds == 0)
                {
                    best[stage] = best.TryGetValue(stage, out var previous) ? Math.Min(previous, elapsed) : elapsed;
                }
            }

            var stack = BenchmarkWorkload.Build(services);
            Record("build");
            StackValidator.Validate(stack, EmitTargets.All);
            Record("validate");
            ComposeEmitter.Emit(stack, new EmitContext(stack));
            Record("compose");
            KubernetesEmitter.Emit(stack, new EmitContext(stack));
            Record("kubernetes");

            var objects = KubernetesEmitter.CreateObjects(stack, new EmitContext(stack));
            Record("k8s-objects");
            foreach (var item in objects)
            {
                KubernetesEmitter.ToYaml(item);
            }
            Record("k8s-yaml");
            // The straightforward path the generated writer replaces (System.Text.Json, then the tree as YAML).
            foreach (var item in objects)
            {
                KubernetesEmitter.ToYamlThroughSerializer(item);
            }
            Record("k8s-serializer");
            var composeFile = ComposeEmitter.CreateFile(stack, new EmitContext(stack));
            Record("compose-file");
            ComposeEmitter.Write(composeFile);
            Record("compose-yaml");
        }
        foreach (var (stage, milliseconds) in best)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-13} {milliseconds,9:F1} ms  {milliseconds / services,7:F4} ms/service"));
        }
    }
}
