namespace InfraSharp.Emit;

/// <summary>Which files to produce.</summary>
[Flags]
public enum EmitTargets
{
    /// <summary>Docker Compose (<c>compose.yaml</c>).</summary>
    Compose = 1,
    /// <summary>Kubernetes manifests (<c>kubernetes/*.yaml</c>).</summary>
    Kubernetes = 2,
    /// <summary>Both.</summary>
    All = Compose | Kubernetes,
}
