namespace InfraSharp;

/// <summary>How a service's network namespace is set up.</summary>
public enum NetworkMode
{
    /// <summary>The service joins its declared networks (or the project's default bridge network).</summary>
    Networks,
    /// <summary>The host's network stack (Compose <c>network_mode: host</c>, Kubernetes <c>hostNetwork: true</c>).</summary>
    Host,
    /// <summary>No network but loopback (Compose <c>network_mode: none</c>, Kubernetes deny-all NetworkPolicy).</summary>
    None,
}
