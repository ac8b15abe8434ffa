using System.Text.Json.Serialization;

namespace InfraSharp.Compose;

/// <summary>
/// Compile-time serialization metadata of the Compose document: the reflection serializer builds the same metadata
/// at run time with emitted IL, which costs a tenth of a second in every emit process. Values of the extension
/// dictionaries (<c>x-</c> keys set by <c>ConfigureCompose</c>) may be of any type and still go through reflection.
/// </summary>
// Metadata only: the generated fast-path writers would resolve extension values with their own options, which know
// no other types; with metadata the serializer resolves them through the caller's resolver chain.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ComposeFile))]
internal sealed partial class ComposeJsonContext : JsonSerializerContext
{
}
