using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfraSharp.Compose.Tests;

/// <summary>Emits stacks and reads the YAML back the way a Compose tool would.</summary>
internal static partial class ComposeTestKit
{
    /// <summary>The result of one Compose emission.</summary>
    public sealed record Output(string Yaml, YamlMappingNode Root, IReadOnlyList<StackDiagnostic> Diagnostics, IReadOnlyList<EmittedFile> Files);

    public static Output Emit(Action<IStackBuilder> define, EmitOptions? options = null)
    {
        var stack = StackBuilder.Build("shop", define);
        return Emit(stack, options);
    }

    public static Output Emit(StackDefinition stack, EmitOptions? options = null)
    {
        var context = new EmitContext(stack, options);
        var files = ComposeEmitter.Emit(stack, context);
        var yaml = files.Single(f => f.RelativePath == ComposeEmitter.FileName).Content;
        return new Output(yaml, Parse(yaml), context.Diagnostics, files);
    }

    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>The node at a dotted path; <c>[n]</c> segments index sequences.</summary>
    public static YamlNode At(this YamlNode root, string path)
    {
        var node = root;
        foreach (var segment in path.Split('.'))
        {
            var match = IndexedSegment().Match(segment);
            var key = match.Groups[1].Value;
            if (key.Length > 0)
            {
                var mapping = Assert.IsType<YamlMappingNode>(node);
                Assert.True(mapping.Children.ContainsKey(new YamlScalarNode(key)), $"'{key}' missing in {path}");
                node = mapping.Children[new YamlScalarNode(key)];
            }
            if (match.Groups[2].Success)
            {
                node = Assert.IsType<YamlSequenceNode>(node).Children[int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)];
            }
        }
        return node;
    }

    /// <summary>The child under <paramref name="key"/> taken whole (for keys that contain dots).</summary>
    public static YamlNode Child(this YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node).Children[new YamlScalarNode(key)];

    public static bool Has(this YamlNode root, string path)
    {
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? root : root.At(string.Join('.', parts[..^1]));
        return parent is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode(parts[^1]));
    }

    /// <summary>The scalar at <paramref name="path"/>, with Compose's <c>$$</c> read back as <c>$</c>.</summary>
    public static string Text(this YamlNode root, string path) =>
        Unescape(Assert.IsType<YamlScalarNode>(root.At(path)).Value!);

    /// <summary>Scalar with its style, for checks that a value is a YAML string (quoted) or a plain number/bool.</summary>
    public static YamlScalarNode Scalar(this YamlNode root, string path) => Assert.IsType<YamlScalarNode>(root.At(path));

    public static IReadOnlyList<string> Texts(this YamlNode root, string path) =>
        Assert.IsType<YamlSequenceNode>(root.At(path)).Children.Select(c => Unescape(((YamlScalarNode)c).Value!)).ToList();

    public static IReadOnlyList<string> Keys(this YamlNode root, string path) =>
        Assert.IsType<YamlMappingNode>(path.Length == 0 ? root : root.At(path)).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public static string Unescape(string value) => value.Replace("$$", "$", StringComparison.Ordinal);

    /// <summary>
    /// Converts the YAML to JSON with YAML 1.2 core-schema typing of plain scalars (quoted scalars stay strings),
    /// as Compose tools read the file.
    /// </summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain => JsonValue.Create(scalar.Value),
        YamlScalarNode { Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" } => JsonValue.Create(false),
        YamlScalarNode { Value: "null" or "~" or "" } => null,
        YamlScalarNode scalar when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        YamlScalarNode scalar when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.GetType().Name),
    };

    /// <summary>The diagnostics with <paramref name="id"/>.</summary>
    public static IReadOnlyList<StackDiagnostic> WithId(this Output output, string id) => output.Diagnostics.Where(d => d.Id == id).ToList();

    [GeneratedRegex(@"^([^\[]*)(?:\[(\d+)\])?$")]
    private static partial Regex IndexedSegment();
}
