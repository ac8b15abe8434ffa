using System.Runtime.CompilerServices;
using InfraSharp.Compose;
using k8s;

namespace InfraSharp;

/// <summary>
/// Declares the objects of one stack. A stack's <c>Define</c> method receives it; every <c>Add*</c> returns a typed
/// handle that other objects reference, so an undefined name cannot be written.
/// </summary>
public interface IStackBuilder
{
    /// <summary>The stack name.</summary>
    string Name { get; }

    /// <summary>Puts every Kubernetes object in <paramref name="kubernetesNamespace"/> and emits the Namespace.</summary>
    IStackBuilder WithNamespace(string kubernetesNamespace);

    /// <summary>Adds a label to every object of the stack.</summary>
    IStackBuilder WithLabel(string key, string value);

    /// <summary>Declares a service (a Compose service, a Kubernetes workload).</summary>
    ServiceBuilder AddService(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

    /// <summary>Declares a named volume whose data outlives containers.</summary>
    VolumeBuilder AddVolume(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

    /// <summary>Declares a network (bridge unless told otherwise).</summary>
    NetworkBuilder AddNetwork(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

    /// <summary>Declares configuration data mounted as a file.</summary>
    ConfigBuilder AddConfig(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

    /// <summary>Declares a secret whose value is never written to output.</summary>
    SecretBuilder AddSecret(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

    /// <summary>Escape hatch: changes the typed Compose document before it is written.</summary>
    IStackBuilder ConfigureCompose(Action<ComposeFile> configure);

    /// <summary>Escape hatch: changes (or adds to) the Kubernetes objects before they are written.</summary>
    IStackBuilder ConfigureKubernetes(Action<IList<IKubernetesObject>> configure);
}
