using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InfraSharp.Yaml;

/// <summary>
/// Writes a JSON tree as block-style YAML: the single YAML writer behind both targets. Keys keep the JSON order
/// (the typed models fix it), strings are plain only when <see cref="YamlScalars.CanBePlain"/> says so and
/// double-quoted otherwise, numbers keep their exact JSON text, lines end with <c>\n</c>.
/// </summary>
/// <remarks>
/// Two paths, one output: <see cref="YamlBlockWriter"/> writes the common trees directly (several times faster, a
/// fraction of the allocations: it matters at thousands of services), and YamlDotNet's emitter writes everything
/// else (keys longer than 1,024 characters or with line breaks, which it writes as <c>? key</c>). The performance
/// tests assert both give the same bytes.
/// </remarks>
internal static class YamlJsonWriter
{
    // In a class of its own so that the fast path never loads YamlDotNet: a static field here would be built with
    // this class, on the first UseEmitterOnly check.
    private static class EmitterConfiguration
    {
        public static readonly EmitterSettings Settings = new EmitterSettings()
            .WithBestIndent(2)
            .WithBestWidth(int.MaxValue)
            .WithIndentedSequences()
            .WithNewLine("\n");
    }

    // Tests turn the fast path off (for their own async flow only) to compare whole emissions with the emitter's.
    private static readonly AsyncLocal<bool> EmitterOnly = new();

    /// <summary>
    /// While true (in the current async flow), every document goes through YamlDotNet's emitter: the
    /// straightforward path that the fast one must reproduce byte for byte.
    /// </summary>
    internal static bool UseEmitterOnly
    {
        get => EmitterOnly.Value;
        set => EmitterOnly.Value = value;
    }

    /// <summary>Writes <paramref name="root"/> as one YAML document and returns the text.</summary>
    /// <param name="root">The tree.</param>
    /// <param name="transformValue">Applied to string values (not keys), such as Compose's <c>$</c> escaping.</param>
    public static string ToYaml(JsonElement root, Func<string, string>? transformValue = null)
    {
        if (!UseEmitterOnly && YamlBlockWriter.TryWrite(root, transformValue, out var yaml))
        {
            return yaml;
        }
        return ToYamlWithEmitter(root, transformValue);
    }

    /// <summary>The straightforward path: YamlDotNet's emitter, event by event.</summary>
    internal static string ToYamlWithEmitter(JsonElement root, Func<string, string>? transformValue = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteWithEmitter(root, writer, transformValue);
        return writer.ToString();
    }

    private static void WriteWithEmitter(JsonElement root, TextWriter output, Func<string, string>? transformValue)
    {
        var emitter = new Emitter(output, EmitterConfiguration.Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        WriteNode(emitter, root, transformValue);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void WriteNode(IEmitter emitter, JsonElement node, Func<string, string>? transformValue)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                var empty = !node.EnumerateObject().Any();
                emitter.Emit(new MappingStart(null, null, true, empty ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in node.EnumerateObject())
                {
                    WriteString(emitter, property.Name);
                    WriteNode(emitter, property.Value, transformValue);
                }
                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                var none = node.GetArrayLength() == 0;
                emitter.Emit(new SequenceStart(null, null, true, none ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in node.EnumerateArray())
                {
                    WriteNode(emitter, item, transformValue);
                }
                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                var text = node.GetString()!;
                WriteString(emitter, transformValue is null ? text : transformValue(text));
                break;
            case JsonValueKind.Number:
                emitter.Emit(new Scalar(null, null, node.GetRawText(), ScalarStyle.Plain, true, false));
                break;
            case JsonValueKind.True:
                emitter.Emit(new Scalar(null, null, "true", ScalarStyle.Plain, true, false));
                break;
            case JsonValueKind.False:
                emitter.Emit(new Scalar(null, null, "false", ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void WriteString(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(null, null, value,
            YamlScalars.CanBePlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, true, true));
}
