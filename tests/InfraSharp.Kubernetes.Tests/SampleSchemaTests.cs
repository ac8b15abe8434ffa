using System.Text.Json;
using InfraSharp.Emit;
using InfraSharp.Testing;
using k8s;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>The bundled samples' manifests against the Kubernetes 1.36 OpenAPI document (strict: no unknown field).</summary>
public class SampleSchemaTests
{
    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Every_sample_object_conforms_to_the_Kubernetes_OpenAPI_schema(string stack)
    {
        var files = SampleStacks.Emit(stack, EmitTargets.Kubernetes).Files
            .Where(f => f.RelativePath != "kubernetes/kustomization.yaml")
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var item = Assert.Single(KubernetesYaml.LoadAllFromString(file.Content, strict: true));
            using var json = JsonDocument.Parse(KubernetesJson.Serialize(item));
            var errors = KubernetesSchema.Instance.Validate(json.RootElement);
            Assert.True(errors.Count == 0, $"{stack}: {file.RelativePath}:\n{string.Join("\n", errors.Take(10))}");
        }
    }
}
