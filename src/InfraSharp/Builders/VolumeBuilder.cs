using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp;

/// <summary>Configures a named volume; pass it to <c>WithVolume</c> to mount it.</summary>
public sealed class VolumeBuilder
{
    internal VolumeBuilder(VolumeDefinition definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public VolumeDefinition Definition { get; }

    /// <summary>The volume name.</summary>
    public string Name => Definition.Name;

    /// <summary>Sets the Compose volume driver (such as <c>local</c> or a plugin).</summary>
    public VolumeBuilder WithDriver(string driver) { Definition.Driver = driver; return this; }

    /// <summary>Adds a driver option (Compose <c>driver_opts</c>).</summary>
    public VolumeBuilder WithDriverOption(string key, string value) { Definition.DriverOptions[key] = value; return this; }

    /// <summary>Adds a label.</summary>
    public VolumeBuilder WithLabel(string key, string value) { Definition.Labels[key] = value; return this; }

    /// <summary>The volume (or claim) exists already under <paramref name="name"/> (this name when null); nothing is created.</summary>
    public VolumeBuilder AsExternal(string? name = null)
    {
        Definition.External = true;
        Definition.ExternalName = name;
        return this;
    }

    /// <summary>Sets the Kubernetes claim size, a quantity such as <c>10Gi</c>.</summary>
    public VolumeBuilder WithSize(string size) { Definition.Size = size; return this; }

    /// <summary>Sets the Kubernetes access mode.</summary>
    public VolumeBuilder WithAccessMode(VolumeAccessMode accessMode) { Definition.AccessMode = accessMode; return this; }

    /// <summary>Sets the Kubernetes storage class.</summary>
    public VolumeBuilder WithStorageClass(string storageClass) { Definition.StorageClass = storageClass; return this; }

    /// <summary>Escape hatch: changes the emitted PersistentVolumeClaim.</summary>
    public VolumeBuilder ConfigureClaim(Action<V1PersistentVolumeClaim> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.ClaimCustomizations.Add(configure);
        return this;
    }
}
