using k8s;

namespace InfraSharp.Model;

/// <summary>A whole stack as the builders recorded it: the single model both writers read.</summary>
public sealed class StackDefinition
{
    internal StackDefinition(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>Stack name (Compose project, Kubernetes part-of label).</summary>
    public string Name { get; }

    /// <summary>Where the stack was declared.</summary>
    public SourceLocation Location { get; }

    /// <summary>Kubernetes namespace; also emitted as a Namespace object when set.</summary>
    public string? Namespace { get; internal set; }

    /// <summary>
    /// Image of the init containers that make a Kubernetes pod wait for its <c>WaitFor</c> dependencies; null (the
    /// default) emits no wait containers, only the <c>infrasharp.io/depends-on</c> annotation.
    /// </summary>
    public string? KubernetesWaitImage { get; internal set; }

    /// <summary>Where <see cref="KubernetesWaitImage"/> was set.</summary>
    public SourceLocation? KubernetesWaitImageLocation { get; internal set; }

    /// <summary>Labels applied to every object of the stack.</summary>
    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Services in declaration order.</summary>
    public List<ServiceDefinition> Services { get; } = new();

    /// <summary>Named volumes in declaration order.</summary>
    public List<VolumeDefinition> Volumes { get; } = new();

    /// <summary>Networks in declaration order.</summary>
    public List<NetworkDefinition> Networks { get; } = new();

    /// <summary>Configs in declaration order.</summary>
    public List<ConfigDefinition> Configs { get; } = new();

    /// <summary>Secrets in declaration order.</summary>
    public List<SecretDefinition> Secrets { get; } = new();

    /// <summary>Escape hatch run on the finished Compose document.</summary>
    public List<Action<Compose.ComposeFile>> ComposeCustomizations { get; } = new();

    /// <summary>Escape hatch run on the finished list of Kubernetes objects.</summary>
    public List<Action<IList<IKubernetesObject>>> KubernetesCustomizations { get; } = new();
}
