namespace InfraSharp.Model;

/// <summary>How a new version replaces the old one (Kubernetes RollingUpdate, Compose <c>update_config</c>).</summary>
/// <param name="MaxSurge">Extra replicas allowed during the rollout.</param>
/// <param name="MaxUnavailable">Replicas allowed to be down during the rollout.</param>
public sealed record RollingUpdateDefinition(int MaxSurge, int MaxUnavailable);
