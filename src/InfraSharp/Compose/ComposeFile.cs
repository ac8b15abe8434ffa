using System.Text.Json.Serialization;

namespace InfraSharp.Compose;

/// <summary>
/// A Compose file as typed objects (the Compose specification's names). The writer fills it from the stack model;
/// <c>ConfigureCompose</c> callbacks may change it before it is written.
/// </summary>
public sealed class ComposeFile
{
    /// <summary>Obsolete <c>version</c> key; written only when set.</summary>
    [JsonPropertyName("version")] public string? Version { get; set; }

    /// <summary>Services by name.</summary>
    [JsonPropertyName("services")] public SortedDictionary<string, ComposeService> Services { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Networks by name.</summary>
    [JsonPropertyName("networks")] public SortedDictionary<string, ComposeNetwork>? Networks { get; set; }

    /// <summary>Named volumes by name.</summary>
    [JsonPropertyName("volumes")] public SortedDictionary<string, ComposeVolume>? Volumes { get; set; }

    /// <summary>Configs by name.</summary>
    [JsonPropertyName("configs")] public SortedDictionary<string, ComposeConfig>? Configs { get; set; }

    /// <summary>Secrets by name.</summary>
    [JsonPropertyName("secrets")] public SortedDictionary<string, ComposeSecret>? Secrets { get; set; }

    /// <summary>Top-level keys the model lacks, such as <c>x-</c> extensions.</summary>
    [JsonExtensionData] public Dictionary<string, object?>? Extensions { get; set; }
}
