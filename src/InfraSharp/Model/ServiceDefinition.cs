using k8s.Models;

namespace InfraSharp.Model;

/// <summary>
/// A service: its main container plus the pod-level settings (replicas, networks, placement, workload kind) and
/// the sidecars and init containers that share its network and volumes.
/// </summary>
public sealed class ServiceDefinition : ContainerDefinition
{
    internal ServiceDefinition(StackDefinition stack, string name, SourceLocation location) : base(stack, name, location)
    {
    }

    /// <summary>Networks joined, in declaration order.</summary>
    public List<NetworkAttachment> Networks { get; } = new();

    /// <summary>Network mode.</summary>
    public NetworkMode NetworkMode { get; internal set; } = NetworkMode.Networks;

    /// <summary>Where the network mode was set.</summary>
    public SourceLocation? NetworkModeLocation { get; internal set; }

    /// <summary>Start-order dependencies.</summary>
    public List<ServiceDependency> DependsOn { get; } = new();

    /// <summary>Legacy links.</summary>
    public List<ServiceLink> Links { get; } = new();

    /// <summary>Restart policy; the engine default when null.</summary>
    public RestartPolicy? Restart { get; internal set; }

    /// <summary>Replica count; one when null.</summary>
    public int? Replicas { get; internal set; }

    /// <summary>Where the replica count was set.</summary>
    public SourceLocation? ReplicasLocation { get; internal set; }

    /// <summary>Rolling update settings.</summary>
    public RollingUpdateDefinition? RollingUpdate { get; internal set; }

    /// <summary>Labels of the service (and its pods).</summary>
    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>Fixed container name (Compose only; incompatible with several replicas).</summary>
    public string? ContainerName { get; internal set; }

    /// <summary>Host name inside the container.</summary>
    public string? Hostname { get; internal set; }

    /// <summary>Extra <c>/etc/hosts</c> entries, host name to address.</summary>
    public SortedDictionary<string, string> ExtraHosts { get; } = new(StringComparer.Ordinal);

    /// <summary>DNS servers.</summary>
    public List<string> Dns { get; } = new();

    /// <summary>Run an init process as PID 1.</summary>
    public bool? Init { get; internal set; }

    /// <summary>Signal that stops the container.</summary>
    public string? StopSignal { get; internal set; }

    /// <summary>Time between the stop signal and a kill.</summary>
    public TimeSpan? StopGracePeriod { get; internal set; }

    /// <summary>Process limits by name (<c>nofile</c>, <c>nproc</c>).</summary>
    public SortedDictionary<string, UlimitDefinition> Ulimits { get; } = new(StringComparer.Ordinal);

    /// <summary>Kernel parameters.</summary>
    public SortedDictionary<string, string> Sysctls { get; } = new(StringComparer.Ordinal);

    /// <summary>Log driver.</summary>
    public LoggingDefinition? Logging { get; internal set; }

    /// <summary>Compose profiles that enable the service.</summary>
    public List<string> Profiles { get; } = new();

    /// <summary>Node labels the service must run on (Compose placement constraints, Kubernetes nodeSelector).</summary>
    public SortedDictionary<string, string> NodeSelector { get; } = new(StringComparer.Ordinal);

    /// <summary>Sidecar containers sharing the pod.</summary>
    public List<ContainerDefinition> Sidecars { get; } = new();

    /// <summary>Containers that run to completion before the main one starts.</summary>
    public List<ContainerDefinition> InitContainers { get; } = new();

    /// <summary>The Kubernetes workload kind.</summary>
    public WorkloadKind Workload { get; internal set; } = WorkloadKind.Deployment;

    /// <summary>Cron schedule of a <see cref="WorkloadKind.CronJob"/>.</summary>
    public string? Schedule { get; internal set; }

    /// <summary>Kubernetes Service type for the service's ports.</summary>
    public KubernetesServiceType ServiceType { get; internal set; } = KubernetesServiceType.ClusterIP;

    /// <summary>Ingress routes.</summary>
    public List<IngressDefinition> Ingresses { get; } = new();

    /// <summary>Escape hatch run on the emitted Compose service.</summary>
    public List<Action<Compose.ComposeService>> ComposeCustomizations { get; } = new();

    /// <summary>Escape hatch run on the emitted pod spec (Deployment, StatefulSet, Job or CronJob).</summary>
    public List<Action<V1PodSpec>> PodSpecCustomizations { get; } = new();

    /// <summary>Escape hatch run on the emitted workload object (V1Deployment, V1StatefulSet, V1Job or V1CronJob).</summary>
    public List<Action<k8s.IKubernetesObject<V1ObjectMeta>>> WorkloadCustomizations { get; } = new();

    /// <summary>Escape hatch run on the emitted Kubernetes Service.</summary>
    public List<Action<V1Service>> KubernetesServiceCustomizations { get; } = new();

    /// <summary>All containers of the pod: the main one, then sidecars.</summary>
    public IEnumerable<ContainerDefinition> PodContainers => Sidecars.Prepend(this);
}
