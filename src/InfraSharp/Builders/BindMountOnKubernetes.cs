namespace InfraSharp;

/// <summary>
/// What a host/bind mount becomes on Kubernetes, where the host's folders are not the developer's machine.
/// There is no default: a bind mount without a choice is reported as ISH4002.
/// </summary>
public sealed record BindMountOnKubernetes
{
    private BindMountOnKubernetes(BindMountStrategy strategy, string? hostPath, string? claimName, string? size)
    {
        Strategy = strategy;
        HostPath = hostPath;
        ClaimName = claimName;
        Size = size;
    }

    /// <summary>The chosen strategy.</summary>
    public BindMountStrategy Strategy { get; }

    /// <summary>The node path for <see cref="BindMountStrategy.HostPath"/>.</summary>
    public string? HostPath { get; }

    /// <summary>The claim name for <see cref="BindMountStrategy.PersistentVolumeClaim"/>.</summary>
    public string? ClaimName { get; }

    /// <summary>The claim size for <see cref="BindMountStrategy.PersistentVolumeClaim"/>.</summary>
    public string? Size { get; }

    /// <summary>Not mounted on Kubernetes: a development-only mount (such as live source code).</summary>
    public static BindMountOnKubernetes Skip { get; } = new(BindMountStrategy.Skip, null, null, null);

    /// <summary>The files of the source folder (or the single source file) become a ConfigMap mounted read-only.</summary>
    public static BindMountOnKubernetes ConfigMap { get; } = new(BindMountStrategy.ConfigMap, null, null, null);

    /// <summary>Mounts <paramref name="nodePath"/> of the node (risky: ties the pod to node contents).</summary>
    public static BindMountOnKubernetes NodeHostPath(string nodePath) => new(BindMountStrategy.HostPath, nodePath, null, null);

    /// <summary>A PersistentVolumeClaim named <paramref name="claimName"/> of <paramref name="size"/> replaces the folder.</summary>
    public static BindMountOnKubernetes PersistentVolumeClaim(string claimName, string size = "1Gi") =>
        new(BindMountStrategy.PersistentVolumeClaim, null, claimName, size);
}
