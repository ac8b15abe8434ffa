using k8s.Models;

namespace InfraSharp.Model;

/// <summary>A named volume: Compose top-level <c>volumes</c>, Kubernetes PersistentVolumeClaim.</summary>
public sealed class VolumeDefinition : StackObjectDefinition
{
    internal VolumeDefinition(StackDefinition stack, string name, SourceLocation location)
        : base(stack, name, location)
    {
    }

    /// <summary>Volume driver (Compose), such as <c>local</c>.</summary>
    public string? Driver { get; internal set; }

    /// <summary>Driver options (Compose <c>driver_opts</c>).</summary>
    public SortedDictionary<string, string> DriverOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels.</summary>
    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the volume exists outside the stack; nothing is created for it.</summary>
    public bool External { get; internal set; }

    /// <summary>The real name of an external volume or claim, when it differs from <see cref="StackObjectDefinition.Name"/>.</summary>
    public string? ExternalName { get; internal set; }

    /// <summary>Requested size on Kubernetes, a quantity such as <c>10Gi</c>; 1Gi is assumed when unset (ISH4003).</summary>
    public string? Size { get; internal set; }

    /// <summary>Kubernetes access mode.</summary>
    public VolumeAccessMode AccessMode { get; internal set; } = VolumeAccessMode.ReadWriteOnce;

    /// <summary>Kubernetes storage class; the cluster default when unset.</summary>
    public string? StorageClass { get; internal set; }

    /// <summary>Escape hatch run on the emitted PersistentVolumeClaim.</summary>
    public List<Action<V1PersistentVolumeClaim>> ClaimCustomizations { get; } = new();
}
