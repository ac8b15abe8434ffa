using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp;

/// <summary>Configures a network; pass it to <c>WithNetwork</c> to join it.</summary>
public sealed class NetworkBuilder
{
    internal NetworkBuilder(NetworkDefinition definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public NetworkDefinition Definition { get; }

    /// <summary>The network name.</summary>
    public string Name => Definition.Name;

    /// <summary>Sets the driver: <c>bridge</c>, <c>overlay</c>, <c>macvlan</c> or a plugin.</summary>
    public NetworkBuilder WithDriver(string driver) { Definition.Driver = driver; return this; }

    /// <summary>An overlay network spanning several hosts.</summary>
    public NetworkBuilder AsOverlay(bool attachable = false)
    {
        Definition.Driver = "overlay";
        Definition.Attachable = attachable;
        return this;
    }

    /// <summary>Adds a driver option.</summary>
    public NetworkBuilder WithDriverOption(string key, string value) { Definition.DriverOptions[key] = value; return this; }

    /// <summary>Adds a label.</summary>
    public NetworkBuilder WithLabel(string key, string value) { Definition.Labels[key] = value; return this; }

    /// <summary>Members reach each other but not the outside world.</summary>
    public NetworkBuilder AsInternal() { Definition.Internal = true; return this; }

    /// <summary>The network exists already under <paramref name="name"/> (this name when null).</summary>
    public NetworkBuilder AsExternal(string? name = null)
    {
        Definition.External = true;
        Definition.ExternalName = name;
        return this;
    }

    /// <summary>Emits no Kubernetes NetworkPolicy for this network (pods then reach each other freely).</summary>
    public NetworkBuilder WithoutKubernetesPolicy() { Definition.EmitKubernetesPolicy = false; return this; }

    /// <summary>Escape hatch: changes the emitted NetworkPolicy.</summary>
    public NetworkBuilder ConfigurePolicy(Action<V1NetworkPolicy> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.PolicyCustomizations.Add(configure);
        return this;
    }
}
