namespace InfraSharp.Model;

/// <summary>A service's membership of a network, with the extra names it answers to there.</summary>
public sealed class NetworkAttachment
{
    internal NetworkAttachment(NetworkDefinition network, IReadOnlyList<string> aliases, SourceLocation location)
    {
        Network = network;
        Aliases = aliases;
        Location = location;
    }

    /// <summary>The network.</summary>
    public NetworkDefinition Network { get; }

    /// <summary>Extra DNS names of the service on this network.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; }
}
