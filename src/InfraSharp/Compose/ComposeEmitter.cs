using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Yaml;

namespace InfraSharp.Compose;

/// <summary>
/// Writes a stack as a Compose file: model -> typed <see cref="ComposeFile"/> -> YAML. The output is the Compose
/// specification format in the subset that both Debian's docker-compose 1.29 and Docker Compose v2 read (no
/// top-level <c>name</c>, no <c>configs.content</c>, <c>$</c> escaped as <c>$$</c>); what only the newer
/// specification can express is written and reported as ISH3002, what Compose cannot express at all as ISH3001.
/// </summary>
/// <example><code>
/// var context = new EmitContext(stack, EmitOptions.ForProject(projectDir));
/// var yaml = ComposeEmitter.Write(ComposeEmitter.CreateFile(stack, context));
/// </code></example>
public static partial class ComposeEmitter
{
    /// <summary>Path of the Compose file in the stack's output folder.</summary>
    public const string FileName = "compose.yaml";

    /// <summary>Folder (under the output folder) of config files written from inline content.</summary>
    public const string ConfigFolder = "configs";

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Generated metadata for the document's own types (fast start); reflection for whatever users put in
        // the extension dictionaries.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ComposeJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Names that can be used as a file name as they are.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex SafeFileName();

    /// <summary>Produces <c>compose.yaml</c> and the config files written from inline content.</summary>
    public static IReadOnlyList<EmittedFile> Emit(StackDefinition stack, EmitContext context)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        var file = CreateFile(stack, context);
        var files = new List<EmittedFile> { new(FileName, Write(file, Header(stack))) };
        foreach (var config in stack.Configs)
        {
            if (!config.External && config.File is null && config.Content is not null && SafeFileName().IsMatch(config.Name))
            {
                files.Add(new EmittedFile(ConfigFolder + "/" + config.Name, config.Content));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>
    /// Builds the typed Compose document of <paramref name="stack"/>, runs its <c>ConfigureCompose</c>
    /// customizations, and reports to <paramref name="context"/> what Compose cannot express.
    /// </summary>
    public static ComposeFile CreateFile(StackDefinition stack, EmitContext context)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        return new ComposeFileBuilder(stack, context).Build();
    }

    /// <summary>Writes <paramref name="file"/> as YAML (<c>\n</c> line endings, <c>$</c> escaped as <c>$$</c>).</summary>
    public static string Write(ComposeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Write(file, string.Empty);
    }

    /// <summary>
    /// <paramref name="header"/> followed by the YAML of <paramref name="file"/>: through the generated writer
    /// (<see cref="ComposeYamlWriter"/>) when it covers the document; otherwise the document is serialized to JSON
    /// text in small segments and its tokens are written as YAML one by one (<see cref="YamlStreamWriter"/>): no
    /// JSON tree of the whole file, whose pooled index would stay cached after a file of thousands of services.
    /// </summary>
    private static string Write(ComposeFile file, string header)
    {
        if (!YamlJsonWriter.UseEmitterOnly && ComposeYamlWriter.TryWrite(file, header) is { } direct)
        {
            return direct;
        }
        var json = new JsonSegments();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonSerializer.Serialize(writer, file, SerializerOptions);
        }
        var text = json.ToSequence();
        // Compose interpolates "$" in every value; "$$" is its literal dollar. Keys are not interpolated.
        if (!YamlJsonWriter.UseEmitterOnly)
        {
            if (YamlStreamWriter.TryWrite(text, header, EscapeDollars) is { } yaml)
            {
                return yaml;
            }
        }
        // The token writer declines exactly where the tree writer would (a test keeps them in step): YamlDotNet is next.
        var reader = new Utf8JsonReader(text);
        var tree = JsonElement.ParseValue(ref reader);
        return header + YamlJsonWriter.ToYamlWithEmitter(tree, EscapeDollars);
    }

    /// <summary>Compose's escape for a literal <c>$</c>.</summary>
    internal static string EscapeDollars(string value) => value.Replace("$", "$$", StringComparison.Ordinal);

    private static string Header(StackDefinition stack) =>
        SafeFileName().IsMatch(stack.Name)
            ? $"# Generated by InfraSharp from stack '{stack.Name}'. Edit the stack's C# code, not this file.\n"
            : "# Generated by InfraSharp. Edit the stack's C# code, not this file.\n";
}
