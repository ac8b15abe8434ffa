namespace InfraSharp.Model;

/// <summary>A host folder or file mounted into a container.</summary>
public sealed class BindMount : MountDefinition
{
    internal BindMount(string source, string target, bool readOnly, BindMountOnKubernetes? kubernetes, SourceLocation location)
        : base(target, readOnly, location)
    {
        Source = source;
        Kubernetes = kubernetes;
    }

    /// <summary>Host path; relative paths are relative to the project folder.</summary>
    public string Source { get; }

    /// <summary>What the mount becomes on Kubernetes; null when no choice was made (ISH4002).</summary>
    public BindMountOnKubernetes? Kubernetes { get; }
}
