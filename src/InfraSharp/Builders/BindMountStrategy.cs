namespace InfraSharp;

/// <summary>The kinds of <see cref="BindMountOnKubernetes"/>.</summary>
public enum BindMountStrategy
{
    /// <summary>No choice was made (ISH4002).</summary>
    Unspecified,
    /// <summary>Omitted on Kubernetes.</summary>
    Skip,
    /// <summary>Files become a ConfigMap.</summary>
    ConfigMap,
    /// <summary>A node hostPath volume.</summary>
    HostPath,
    /// <summary>A PersistentVolumeClaim.</summary>
    PersistentVolumeClaim,
}
