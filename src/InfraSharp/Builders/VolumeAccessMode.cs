namespace InfraSharp;

/// <summary>Kubernetes PersistentVolumeClaim access mode of a named volume.</summary>
public enum VolumeAccessMode
{
    /// <summary>Read-write by one node.</summary>
    ReadWriteOnce,
    /// <summary>Read-only by many nodes.</summary>
    ReadOnlyMany,
    /// <summary>Read-write by many nodes.</summary>
    ReadWriteMany,
    /// <summary>Read-write by one pod.</summary>
    ReadWriteOncePod,
}
