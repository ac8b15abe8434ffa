using InfraSharp.Emit;
using InfraSharp.Testing;
using k8s;
using k8s.Models;

namespace InfraSharp.Tests.Samples;

/// <summary>What issue 2 asks of the samples' output: real tools and strict readers accept it.</summary>
public class SampleValidityTests
{
    private static readonly HashSet<string> ExpectedKinds =
    [
        "apps/v1/Deployment", "apps/v1/StatefulSet", "v1/Service", "v1/PersistentVolumeClaim", "v1/ConfigMap",
        "v1/Namespace", "networking.k8s.io/v1/NetworkPolicy", "networking.k8s.io/v1/Ingress", "batch/v1/Job",
        "batch/v1/CronJob",
    ];

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Docker_compose_1_29_accepts_the_sample_compose_file(string stack)
    {
        var project = SampleStacks.ProjectDirectory(stack);
        var output = Directory.CreateTempSubdirectory("ish-sample-").FullName;
        try
        {
            var options = new EmitOptions
            {
                ProjectDirectory = project,
                ProjectDirectoryFromOutput = Path.GetRelativePath(output, project).Replace('\\', '/'),
                Targets = EmitTargets.Compose,
            };
            var result = StackEmitter.Emit(SampleStacks.Build(stack), options);
            foreach (var file in result.Files)
            {
                var path = Path.Combine(output, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }

            var (exitCode, text) = DockerComposeCli.Config(Path.Combine(output, "compose.yaml"));
            Assert.True(exitCode == 0, $"docker-compose config rejected the {stack} sample:\n{text}");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Every_sample_kubernetes_file_reads_back_strictly_with_a_known_kind(string stack)
    {
        var objects = ReadKubernetesObjects(stack);
        Assert.NotEmpty(objects);
        foreach (var (path, obj) in objects)
        {
            Assert.Contains($"{obj.ApiVersion}/{obj.Kind}", ExpectedKinds);
            Assert.EndsWith(".yaml", path);
        }
    }

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Workload_selectors_match_their_pod_labels_and_every_service_selects_a_workload(string stack)
    {
        var objects = ReadKubernetesObjects(stack).Select(o => o.Object).ToList();
        var podLabels = new List<IDictionary<string, string>>();
        foreach (var obj in objects)
        {
            switch (obj)
            {
                case V1Deployment d:
                    AssertSelects(d.Spec.Selector.MatchLabels, d.Spec.Template.Metadata.Labels, d.Metadata.Name);
                    podLabels.Add(d.Spec.Template.Metadata.Labels);
                    break;
                case V1StatefulSet s:
                    AssertSelects(s.Spec.Selector.MatchLabels, s.Spec.Template.Metadata.Labels, s.Metadata.Name);
                    podLabels.Add(s.Spec.Template.Metadata.Labels);
                    break;
                case V1Job j:
                    podLabels.Add(j.Spec.Template.Metadata.Labels);
                    break;
            }
        }
        var services = objects.OfType<V1Service>().ToList();
        Assert.NotEmpty(services);
        foreach (var service in services)
        {
            Assert.True(podLabels.Any(labels => Selects(service.Spec.Selector, labels)),
                $"Service {service.Metadata.Name} selects no workload of the {stack} sample.");
        }
    }

    private static void AssertSelects(IDictionary<string, string> selector, IDictionary<string, string> labels, string name) =>
        Assert.True(Selects(selector, labels), $"{name}: selector does not match its pod template labels.");

    private static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null &&
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static List<(string Path, IKubernetesObject Object)> ReadKubernetesObjects(string stack)
    {
        var result = SampleStacks.Emit(stack);
        var objects = new List<(string, IKubernetesObject)>();
        foreach (var file in result.Files.Where(f => f.RelativePath.StartsWith("kubernetes/", StringComparison.Ordinal)))
        {
            if (file.RelativePath == "kubernetes/kustomization.yaml")
            {
                continue;
            }
            var documents = KubernetesYaml.LoadAllFromString(file.Content, strict: true);
            var single = Assert.Single(documents);
            objects.Add((file.RelativePath, Assert.IsAssignableFrom<IKubernetesObject>(single)));
        }
        return objects;
    }
}
