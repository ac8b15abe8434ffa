using System.Text.Json;
using System.Text.Json.Serialization;
using InfraSharp.Yaml;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The generator behind <see cref="GeneratedYamlWriterAttribute"/>, run on test models that use what the Kubernetes
/// models do not (inheritance, ignore conditions, property order, camelCase names, arrays, nullable values,
/// unsupported members): its output must be what System.Text.Json with the same options, written as YAML, gives.
/// </summary>
public partial class GeneratedYamlWriterTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static TheoryData<string> Cases() => new(SampleModels.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_writer_matches_the_serializer(string name)
    {
        var model = SampleModels[name]();
        var expected = YamlJsonWriter.ToYamlWithEmitter(JsonSerializer.SerializeToElement(model, model.GetType(), Options));

        Assert.Equal(expected, TestModelYaml.TryWrite(model));
    }

    [Fact]
    public void Members_only_the_serializer_can_write_make_the_writer_decline()
    {
        Assert.Null(TestModelYaml.TryWrite(new Derived { When = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) }));
        Assert.Null(TestModelYaml.TryWrite(new Derived { Anything = new object() }));
        // Keys YamlDotNet writes in the "? key" form: with a line break, or longer than 1,024 characters.
        Assert.Null(TestModelYaml.TryWrite(new Derived { Labels = new Dictionary<string, string?> { ["two\nlines"] = "x" } }));
        Assert.Null(TestModelYaml.TryWrite(new Derived { Labels = new Dictionary<string, string?> { [new string('k', 1025)] = "x" } }));
        Assert.NotNull(TestModelYaml.TryWrite(new Derived { Labels = new Dictionary<string, string?> { [new string('k', 1024)] = "x", ["é \t"] = "ü\n" } }));
        Assert.Null(TestModelYaml.TryWrite(new Derived { Ratio = double.NaN }));
        Assert.Null(TestModelYaml.TryWrite(new Derived { Converted = new Custom() }));
        Assert.Null(TestModelYaml.TryWrite(new Base())); // not a root type
        // Null members are simply left out, as the serializer does.
        Assert.NotNull(TestModelYaml.TryWrite(new Derived { When = null, Anything = null, Converted = null }));
    }

    [Fact]
    public void An_object_graph_that_contains_itself_is_declined_not_a_stack_overflow()
    {
        var first = new Link { Name = "first" };
        first.Next = new Link { Name = "second", Next = first };

        Assert.Null(TestModelYaml.TryWrite(first));
        // The serializer's path reports it.
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(first, Options));
        // A chain within the depth limit is written.
        Assert.Equal("name: a\nnext:\n  name: b\n", TestModelYaml.TryWrite(new Link { Name = "a", Next = new Link { Name = "b" } }));
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("URLValue")]
    [InlineData("IOStream")]
    [InlineData("ID")]
    [InlineData("A")]
    [InlineData("already")]
    [InlineData("X1Y")]
    public void Names_without_an_attribute_follow_camelCase(string property)
    {
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(property), TestModelYaml.TryWrite(new Naming())!.Split('\n')
            .Select(line => line.Split(':')[0])
            .Single(key => string.Equals(key, JsonNamingPolicy.CamelCase.ConvertName(property), StringComparison.Ordinal)));
    }

    private static readonly Dictionary<string, Func<object>> SampleModels = new(StringComparer.Ordinal)
    {
        ["empty"] = () => new Derived(),
        ["full"] = () => new Derived
        {
            Name = "web",
            Quoted = "a: b # c",
            Count = -42,
            Big = ulong.MaxValue,
            Ratio = 0.1,
            Huge = 1e20,
            Small = 1.5f,
            Money = 12.50m,
            Flag = true,
            Maybe = 7,
            Tags = ["yes", "0123", "~", null!, ""],
            Labels = new Dictionary<string, string?> { ["app"] = "web", ["none"] = null, ["a b"] = "x" },
            Children = [new Child { Value = "one" }, null!, new Child()],
            Numbers = [1, 2, 3],
            Nested = [["a"], []],
            Optional = [1, null, 3],
            Always = "hidden",
            NeverNull = null,
            DefaultSkipped = 0,
            BaseName = "from-base",
            Overridden = "derived",
            Child = new Child { Value = "only" },
            EmptyChild = new Child(),
            Naming = new Naming(),
        },
        ["defaults written"] = () => new Derived { DefaultSkipped = 5, NeverNull = "set" },
        ["empty collections"] = () => new Derived { Tags = [], Labels = new Dictionary<string, string?>(), Children = [], Nested = [[]] },
        ["naming"] = () => new Naming(),
    };

    /// <summary>The generated writer for the test models.</summary>
    [GeneratedYamlWriter(typeof(Derived), typeof(Naming), typeof(Link), CamelCase = true)]
    private static partial class TestModelYaml
    {
        public static string? TryWrite(object value)
        {
            var writer = YamlTreeWriter.Start();
            return writer.Finish(TryWriteGenerated(value, writer));
        }
    }

    public class Base
    {
        [JsonPropertyName("baseName")]
        public string? BaseName { get; set; }

        public virtual string? Overridden { get; set; }

        [JsonPropertyOrder(-1)]
        public string? First { get; set; } = "first";
    }

    public class Derived : Base
    {
        public string? Name { get; set; }

        [JsonPropertyName("quoted-value")]
        public string? Quoted { get; set; }

        public int Count { get; set; }

        public ulong Big { get; set; }

        public double Ratio { get; set; }

        public double? Huge { get; set; }

        public float Small { get; set; }

        public decimal Money { get; set; }

        public bool Flag { get; set; }

        public int? Maybe { get; set; }

        public IList<string>? Tags { get; set; }

        public IDictionary<string, string?>? Labels { get; set; }

        public List<Child>? Children { get; set; }

        public int[]? Numbers { get; set; }

        public List<List<string>>? Nested { get; set; }

        public IList<int?>? Optional { get; set; }

        [JsonIgnore]
        public string? Always { get; set; }

        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? NeverNull { get; set; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int DefaultSkipped { get; set; }

        public override string? Overridden { get; set; }

        public Child? Child { get; set; }

        public Child? EmptyChild { get; set; }

        public Naming? Naming { get; set; }

        [JsonPropertyOrder(5)]
        public string Last => "last";

        public DateTime? When { get; set; }

        public object? Anything { get; set; }

        public Custom? Converted { get; set; }

        public string ReadOnly { get; } = "read-only";

        internal string? NotPublic { get; set; } = "never written";

        public static string? Static { get; set; } = "never written";
    }

    public class Link
    {
        public string? Name { get; set; }

        public Link? Next { get; set; }
    }

    public class Child
    {
        public string? Value { get; set; }
    }

    public class Naming
    {
        public string URLValue { get; set; } = "u";

        public string IOStream { get; set; } = "i";

        public string ID { get; set; } = "d";

        public string A { get; set; } = "a";

        [JsonPropertyName("already")]
        public string Already { get; set; } = "x";

        public string X1Y { get; set; } = "x";

        public string Name { get; set; } = "n";
    }

    [JsonConverter(typeof(CustomConverter))]
    public class Custom
    {
    }

    public class CustomConverter : JsonConverter<Custom>
    {
        public override Custom Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new();

        public override void Write(Utf8JsonWriter writer, Custom value, JsonSerializerOptions options) => writer.WriteStringValue("custom");
    }
}
