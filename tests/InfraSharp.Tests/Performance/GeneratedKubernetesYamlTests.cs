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
/// numbers, dates, quoted strings), must give the same YAML (the emitted objects are checked against
/// <c>KubernetesJson.Serialize</c> in <see cref="KubernetesSerializationTests"/>).
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
    public void Text_that_needs_escapes_or_cannot_be_stored_is_written_as_the_serializer_does(string kind, int seed)
    {
        var type = Roots.Single(root => root.Name == kind);
        // Non-ASCII, control characters, line breaks, non-characters, lone surrogates (U+FFFD on both paths).
        var item = (IKubernetesObject)new ModelFiller(new Random(seed), asciiOnly: false).Create(type, depth: 0)!;

        var generated = KubernetesYamlWriter.TryWrite(item);

        Assert.NotNull(generated);
        Assert.Equal(KubernetesEmitter.ToYamlThroughSerializer(item), generated);
    }

    [Fact]
    public void Other_kinds_take_the_serializer()
    {
        var role = new V1Role { ApiVersion = "rbac.authorization.k8s.io/v1", Kind = "Role", Metadata = new V1ObjectMeta { Name = "reader" } };

        Assert.Null(KubernetesYamlWriter.TryWrite(role));
        Assert.Contains("kind: Role\n", KubernetesEmitter.ToYaml(role), StringComparison.Ordinal);
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
