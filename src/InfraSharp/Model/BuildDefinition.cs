namespace InfraSharp.Model;

/// <summary>How to build the image from source (Compose <c>build</c>).</summary>
public sealed class BuildDefinition
{
    internal BuildDefinition(string context) => Context = context;

    /// <summary>Build context folder, relative to the project folder.</summary>
    public string Context { get; }

    /// <summary>Dockerfile path inside the context.</summary>
    public string? Dockerfile { get; internal set; }

    /// <summary>Build arguments.</summary>
    public SortedDictionary<string, string> Args { get; } = new(StringComparer.Ordinal);

    /// <summary>Multi-stage target.</summary>
    public string? Target { get; internal set; }
}
