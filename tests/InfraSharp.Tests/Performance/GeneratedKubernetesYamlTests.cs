using System.Globalization;
using System.Reflection;
using InfraSharp.Emit;
using InfraSharp.Kubernetes;
using InfraSharp.Testing;
using InfraSharp.Yaml;
using k8s;
using k8s.Models;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The generated Kubernetes writer (<see cref="KubernetesYamlWriter"/>) against KubernetesClient's serializer: every root
/// kind, with every property of every type it reaches filled (lists, maps with null values, quantities, int-or-strings,
/// numbers, dates, quoted strings), must give the same YAML; and the objects InfraSharp emits must really take it.
/// </summary>
public class GeneratedKubernetesYamlTests
{
    public static TheoryData<string, int> RootsAndSeeds()
    {
        var data = new TheoryData<string, int>();
        foreach (var root in Roots)
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                data.Add(root.Name, seed);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RootsAndSeeds))]
    public void Every_property_of_every_reachable_type_is_written_as_the_serializer_does(string kind, int seed)
    {
        var type = Roots.Single(root => root.Name == kind);
        var filler = new ModelFiller(new Random(seed), asciiOnly: true);
        var item = (IKubernetesObject)filler.Create(type, depth: 0)!;

        var generated = KubernetesYamlWriter.TryWrite(item);

        Assert.NotNull(generated);
        Assert.Equal(KubernetesEmitter.ToYamlThroughSerializer(item), generated);
        Assert.True(filler.Filled > 20, $"only {filler.Filled} values were filled");
    }

    [Theory]
    [MemberData(nameof(RootsAndSeeds))]
    public void What_the_generated_writer_declines_goes_through_the_serializer(string kind, int seed)
    {
        var type = Roots.Single(root => root.Name == kind);
        // Non-ASCII text is the serializer's (and YamlDotNet's); the emitter's answer must not change.
        var item = (IKubernetesObject)new ModelFiller(new Random(seed), asciiOnly: false).Create(type, depth: 0)!;

        Assert.Null(KubernetesYamlWriter.TryWrite(item));
        Assert.Equal(KubernetesEmitter.ToYamlThroughSerializer(item), KubernetesEmitter.ToYaml(item));
    }

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Sample_objects_take_the_generated_writer(string name)
    {
        var stack = SampleStacks.Build(name);
        AssertGenerated(KubernetesEmitter.CreateObjects(stack, new EmitContext(stack, EmitOptions.ForProject(SampleStacks.ProjectDirectory(name)))));
    }

    [Fact]
    public void Varied_stack_objects_take_the_generated_writer()
    {
        var stack = VariedStack.Build(60);
        AssertGenerated(KubernetesEmitter.CreateObjects(stack, new EmitContext(stack)));
    }

    [Fact]
    public void Other_kinds_take_the_serializer()
    {
        var role = new V1Role { ApiVersion = "rbac.authorization.k8s.io/v1", Kind = "Role", Metadata = new V1ObjectMeta { Name = "reader" } };

        Assert.Null(KubernetesYamlWriter.TryWrite(role));
        Assert.Contains("kind: Role\n", KubernetesEmitter.ToYaml(role), StringComparison.Ordinal);
    }

    private static void AssertGenerated(IEnumerable<IKubernetesObject> objects)
    {
        var count = 0;
        foreach (var item in objects)
        {
            var generated = KubernetesYamlWriter.TryWrite(item);
            var expected = KubernetesEmitter.ToYamlThroughSerializer(item);
            if (generated is null)
            {
                // Only documents outside the fast YAML subset (multi-line config files) may take the serializer.
                using var document = System.Text.Json.JsonDocument.Parse(KubernetesJson.Serialize(item));
                Assert.False(YamlBlockWriter.TryWrite(document.RootElement, null, out _), $"{item.Kind} fell back to the serializer");
                continue;
            }
            Assert.Equal(expected, generated);
            count++;
        }
        Assert.True(count > 0);
    }

    [Fact]
    public void The_kustomization_takes_the_generated_writer()
    {
        var stack = StackBuilder.Build("kust", s =>
        {
            s.WithNamespace("team-a");
            s.AddSecret("db-password").FromFile("secrets/db.txt");
            s.AddSecret("api-key").FromFile("./secrets/api key.txt");
        });
        var document = KustomizationWriter.Create(stack, ["service-web.yaml", "deployment-web.yaml"], "../app");

        var generated = KubernetesYamlWriter.TryWrite(document);

        Assert.NotNull(generated);
        Assert.Equal(KubernetesEmitter.ToYamlThroughSerializer(document), generated);
        Assert.Contains("disableNameSuffixHash: true", generated, StringComparison.Ordinal);
    }

    // The Kubernetes kinds among the roots (the kustomization has a test of its own).
    private static IReadOnlyList<Type> Roots { get; } =
        typeof(KubernetesYamlWriter).GetCustomAttribute<GeneratedYamlWriterAttribute>()!.Roots
            .Where(root => typeof(IKubernetesObject).IsAssignableFrom(root))
            .ToList();
}
