using System.Text.Json;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Testing;
using InfraSharp.Yaml;
using k8s;
using k8s.Models;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The YAML of every emitted Kubernetes object must be what KubernetesClient's own <c>KubernetesJson.Serialize</c> text
/// gives, and the emitted kinds must really take the generated writer (<see cref="KubernetesYamlWriter"/>), or the
/// speed-up silently disappears.
/// </summary>
public class KubernetesSerializationTests
{
    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Sample_objects_give_the_yaml_of_KubernetesJson_text(string name)
    {
        var stack = SampleStacks.Build(name);

        AssertSameYaml(KubernetesEmitter.CreateObjects(stack, new EmitContext(stack, EmitOptions.ForProject(SampleStacks.ProjectDirectory(name)))));
    }

    [Fact]
    public void Varied_stack_and_hand_made_objects_give_the_yaml_of_KubernetesJson_text()
    {
        var stack = VariedStack.Build(60);
        var role = new V1Role
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "Role",
            Metadata = new V1ObjectMeta { Name = "reader", CreationTimestamp = new DateTime(2026, 12, 1, 5, 30, 0, 123, DateTimeKind.Utc) },
            Rules = [new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", "list"] }],
        };

        AssertSameYaml([.. KubernetesEmitter.CreateObjects(stack, new EmitContext(stack)), role]);
    }

    private static void AssertSameYaml(IEnumerable<IKubernetesObject> objects)
    {
        var count = 0;
        foreach (var item in objects)
        {
            using var document = JsonDocument.Parse(KubernetesJson.Serialize(item));
            Assert.Equal(YamlJsonWriter.ToYaml(document.RootElement), KubernetesEmitter.ToYaml(item));
            if (item is not V1Role)
            {
                Assert.True(KubernetesYamlWriter.TryWrite(item) is not null, $"{item.Kind} fell back to the serializer");
            }
            count++;
        }
        Assert.True(count > 0);
    }
}
