using System.Collections;
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
        var filler = new Filler(new Random(seed), asciiOnly: true);
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
        var item = (IKubernetesObject)new Filler(new Random(seed), asciiOnly: false).Create(type, depth: 0)!;

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

    private static IReadOnlyList<Type> Roots { get; } =
        typeof(KubernetesYamlWriter).GetCustomAttribute<GeneratedYamlWriterAttribute>()!.Roots;

    /// <summary>Fills every settable property with a value of its type, down to a depth (the model graph is large).</summary>
    private sealed class Filler(Random random, bool asciiOnly)
    {
        private static readonly string[] Strings = ["web", "a: b", "# not a comment", "yes", "0123", "~", "", " padded ", "say \"hi\"", "back\\slash", "1e3", "- x", "80"];
        private static readonly string[] Quantities = ["500m", "1Gi", "2", "0.5", "128974848", "1e3", "100Mi"];
        private static readonly string[] IntOrStrings = ["8080", "http", "-7", "25%", "0"];

        public int Filled { get; private set; }

        public object? Create(Type type, int depth)
        {
            Filled++;
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string))
            {
                return asciiOnly ? Strings[random.Next(Strings.Length)] : "café " + random.Next(100).ToString(CultureInfo.InvariantCulture);
            }
            if (type == typeof(bool))
            {
                return random.Next(2) == 0;
            }
            if (type == typeof(int))
            {
                return random.Next(-1000, 100000);
            }
            if (type == typeof(long))
            {
                return (long)random.Next() * 1000;
            }
            if (type == typeof(double))
            {
                return random.Next(2) == 0 ? 0.25 : 1e20;
            }
            if (type == typeof(DateTime))
            {
                // Whole seconds, a fraction, and a local time (converted to UTC by both writers).
                return random.Next(3) switch
                {
                    0 => new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc),
                    1 => new DateTime(2026, 12, 1, 6, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567),
                    _ => new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Local),
                };
            }
            if (type == typeof(ResourceQuantity))
            {
                return new ResourceQuantity(Quantities[random.Next(Quantities.Length)]);
            }
            if (type == typeof(IntOrString))
            {
                return (IntOrString)IntOrStrings[random.Next(IntOrStrings.Length)];
            }
            if (type == typeof(object) || type == typeof(byte[]))
            {
                return null;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            {
                var arguments = type.GetGenericArguments();
                var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                for (var i = random.Next(3); i > 0; i--)
                {
                    map["key-" + i.ToString(CultureInfo.InvariantCulture)] = random.Next(5) == 0 ? null : Create(arguments[1], depth + 1);
                }
                return map;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>))
            {
                var element = type.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                for (var i = depth > 5 ? 0 : random.Next(3); i > 0; i--)
                {
                    list.Add(Create(element, depth + 1));
                }
                return list;
            }
            if (type.IsClass && type.Namespace == "k8s.Models" && depth <= 6)
            {
                var instance = Activator.CreateInstance(type)!;
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.CanWrite && property.GetIndexParameters().Length == 0)
                    {
                        property.SetValue(instance, Create(property.PropertyType, depth + 1));
                    }
                }
                return instance;
            }
            return null;
        }
    }
}
