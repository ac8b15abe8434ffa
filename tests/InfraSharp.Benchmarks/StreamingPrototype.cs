using System.Text;
using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Model;
using InfraSharp.Validation;
using k8s;
using k8s.Models;

namespace InfraSharp.Benchmarks;

/// <summary>
/// Not the product path: what peak memory a streaming emission would have (each file written and dropped as soon
/// as it is produced, instead of every file held in an <see cref="EmitResult"/> until <see cref="ManifestWriter"/>
/// runs). Plain writes, no manifest bookkeeping: only for comparing peak memory with <c>emit</c>.
/// </summary>
internal static class StreamingPrototype
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Run(int services, string output)
    {
        var stack = BenchmarkWorkload.Build(services);
        if (StackValidator.Validate(stack, EmitTargets.All).Any(d => d.Severity == Severity.Error))
        {
            throw new InvalidOperationException("the workload has errors");
        }
        var folder = Path.Combine(output, stack.Name);
        Directory.CreateDirectory(Path.Combine(folder, KubernetesEmitter.Folder));
        foreach (var file in ComposeEmitter.Emit(stack, new EmitContext(stack)))
        {
            File.WriteAllText(Path.Combine(folder, file.RelativePath), file.Content, Utf8);
        }
        var objects = KubernetesEmitter.CreateObjects(stack, new EmitContext(stack));
        for (var index = 0; index < objects.Count; index++)
        {
            var item = objects[index];
            objects[index] = null!;
            var name = item.Kind.ToLowerInvariant() + "-" + ((IMetadata<V1ObjectMeta>)item).Metadata.Name + ".yaml";
            File.WriteAllText(Path.Combine(folder, KubernetesEmitter.Folder, name), KubernetesEmitter.ToYaml(item), Utf8);
        }
    }
}
