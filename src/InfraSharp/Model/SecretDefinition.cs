namespace InfraSharp.Model;

/// <summary>
/// A secret: Compose <c>secrets</c>, Kubernetes Secret reference. Its value is never written to any output:
/// it comes from a file, an environment variable at deploy time, or an existing secret.
/// </summary>
public sealed class SecretDefinition : StackObjectDefinition
{
    internal SecretDefinition(StackDefinition stack, string name, SourceLocation location)
        : base(stack, name, location)
    {
    }

    /// <summary>A file holding the value (relative to the project folder), read only by the engine at deploy time.</summary>
    public string? File { get; internal set; }

    /// <summary>An environment variable holding the value at deploy time.</summary>
    public string? EnvironmentVariable { get; internal set; }

    /// <summary>True when the secret exists outside the stack.</summary>
    public bool External { get; internal set; }
}
