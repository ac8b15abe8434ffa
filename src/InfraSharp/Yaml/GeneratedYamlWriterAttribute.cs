namespace InfraSharp.Yaml;

/// <summary>
/// Asks the build-time generator (<c>generators/InfraSharp.YamlWriters</c>) for a <c>TryWriteGenerated(object,
/// YamlTreeWriter)</c> method on the marked <c>static partial</c> class that writes the given root types, and every
/// model type they reach, the way System.Text.Json serializes them (then written as YAML), without its run-time
/// metadata. A <c>static void WriteConverted(YamlTreeWriter, T)</c> on the class writes a type that carries its own
/// converter.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class GeneratedYamlWriterAttribute(params Type[] roots) : Attribute
{
    /// <summary>The types the generated method accepts.</summary>
    public Type[] Roots { get; } = roots;

    /// <summary>Names without <c>[JsonPropertyName]</c> follow <c>JsonNamingPolicy.CamelCase</c> (as the serializer options do).</summary>
    public bool CamelCase { get; init; }
}
