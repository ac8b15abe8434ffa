using InfraSharp.Yaml;

namespace InfraSharp.Compose;

/// <summary>
/// The fast path of <see cref="ComposeEmitter"/>: writes the typed document straight to YAML with a writer generated
/// at build time (<see cref="GeneratedYamlWriterAttribute"/>): the same text as serializing it to JSON and writing
/// that as YAML, without System.Text.Json's metadata at run time or any JSON in between. Documents it does not cover
/// (extension keys from <c>ConfigureCompose</c>, keys that YamlDotNet writes as <c>? key</c>) return null and take
/// the serializer's path; tests keep both byte-identical.
/// </summary>
[GeneratedYamlWriter(typeof(ComposeFile))]
internal static partial class ComposeYamlWriter
{
    /// <summary><paramref name="header"/> and the YAML of <paramref name="file"/> (<c>$</c> escaped), or null.</summary>
    public static string? TryWrite(ComposeFile file, string header)
    {
        var writer = YamlTreeWriter.Start(header, ComposeEmitter.EscapeDollars);
        return writer.Finish(TryWriteGenerated(file, writer));
    }
}
