namespace InfraSharp;

/// <summary>How a Kubernetes Service exposes a workload's ports.</summary>
public enum KubernetesServiceType
{
    /// <summary>Reachable inside the cluster only (the default).</summary>
    ClusterIP,
    /// <summary>Also reachable on every node's port.</summary>
    NodePort,
    /// <summary>Also reachable through a cloud load balancer.</summary>
    LoadBalancer,
}
