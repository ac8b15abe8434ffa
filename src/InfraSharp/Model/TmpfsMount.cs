namespace InfraSharp.Model;

/// <summary>Memory-backed storage that never reaches disk: Compose tmpfs, Kubernetes emptyDir medium Memory.</summary>
public sealed class TmpfsMount : MountDefinition
{
    internal TmpfsMount(string target, string? size, SourceLocation location) : base(target, false, location)
    {
        Size = size;
    }

    /// <summary>Size limit as a memory quantity (such as <c>64Mi</c>); unlimited when null.</summary>
    public string? Size { get; }
}
