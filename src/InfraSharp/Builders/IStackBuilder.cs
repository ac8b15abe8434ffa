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

    /// <summary>
    /// Makes Kubernetes pods wait for their <c>WaitFor</c> dependencies: each dependency with a Service becomes an init
    /// container <c>wait-for-&lt;dependency&gt;</c> that runs <c>nc -z</c> from <paramref name="image"/> until the
    /// dependency's Service answers (a Service only routes to ready pods, so this waits for the health check).
    /// The image needs <c>sh</c>, <c>nc</c> and <c>sleep</c> and must run as a non-root user (uid 65534).
    /// Without this call Kubernetes gets no start order, only an annotation (ISH4004).
    /// </summary>
    /// <param name="image">An image you choose and pin, such as <c>"busybox:1.36"</c>; there is no default.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <example><code>stack.WithKubernetesWaitImage("busybox:1.36");</code></example>
    IStackBuilder WithKubernetesWaitImage(string image, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);

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
