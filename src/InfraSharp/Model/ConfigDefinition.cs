namespace InfraSharp.Model;

/// <summary>Non-secret configuration data: Compose <c>configs</c>, Kubernetes ConfigMap.</summary>
public sealed class ConfigDefinition : StackObjectDefinition
{
    internal ConfigDefinition(StackDefinition stack, string name, SourceLocation location)
        : base(stack, name, location)
    {
    }

    /// <summary>A file whose content is the config (relative to the project folder).</summary>
    public string? File { get; internal set; }

    /// <summary>Inline content.</summary>
    public string? Content { get; internal set; }

    /// <summary>True when the config exists outside the stack.</summary>
    public bool External { get; internal set; }
}
