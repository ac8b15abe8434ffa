namespace InfraSharp.Model;

/// <summary>A config made visible as a file inside a container.</summary>
/// <param name="Config">The config.</param>
/// <param name="Target">Absolute path in the container; <c>/&lt;name&gt;</c> when null (the Compose default).</param>
/// <param name="Location">Where it was declared.</param>
public sealed record ConfigReference(ConfigDefinition Config, string? Target, SourceLocation Location)
{
    /// <summary>The path the file appears at.</summary>
    public string EffectiveTarget => Target ?? "/" + Config.Name;
}
