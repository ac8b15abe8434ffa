namespace InfraSharp.Model;

/// <summary>A secret made visible as a file inside a container.</summary>
/// <param name="Secret">The secret.</param>
/// <param name="Target">Absolute path in the container; <c>/run/secrets/&lt;name&gt;</c> when null (the Compose default).</param>
/// <param name="Location">Where it was declared.</param>
public sealed record SecretReference(SecretDefinition Secret, string? Target, SourceLocation Location)
{
    /// <summary>The path the file appears at.</summary>
    public string EffectiveTarget => Target ?? "/run/secrets/" + Secret.Name;
}
