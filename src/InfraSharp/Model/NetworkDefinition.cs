using k8s.Models;

namespace InfraSharp.Model;

/// <summary>A network: Compose top-level <c>networks</c>, Kubernetes NetworkPolicy between members.</summary>
public sealed class NetworkDefinition : StackObjectDefinition
{
    internal NetworkDefinition(StackDefinition stack, string name, SourceLocation location)
        : base(stack, name, location)
    {
    }

    /// <summary>Driver: <c>bridge</c> (default), <c>overlay</c>, or a plugin name.</summary>
    public string Driver { get; internal set; } = "bridge";

    /// <summary>Driver options.</summary>
    public SortedDictionary<string, string> DriverOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels.</summary>
    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>No route to the outside world (Compose <c>internal</c>; Kubernetes egress limited to members).</summary>
    public bool Internal { get; internal set; }

    /// <summary>Overlay networks that standalone containers may join.</summary>
    public bool Attachable { get; internal set; }

    /// <summary>The network exists outside the stack.</summary>
    public bool External { get; internal set; }

    /// <summary>Real name of an external network.</summary>
    public string? ExternalName { get; internal set; }

    /// <summary>When false, no NetworkPolicy is emitted for this network.</summary>
    public bool EmitKubernetesPolicy { get; internal set; } = true;

    /// <summary>Escape hatch run on the emitted NetworkPolicy.</summary>
    public List<Action<V1NetworkPolicy>> PolicyCustomizations { get; } = new();
}
