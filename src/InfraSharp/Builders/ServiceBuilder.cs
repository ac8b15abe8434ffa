using System.Runtime.CompilerServices;
using InfraSharp.Compose;
using InfraSharp.Model;
using k8s;
using k8s.Models;

namespace InfraSharp;

/// <summary>Configures a service; pass it to <c>WaitFor</c> or <c>WithLink</c> of another service.</summary>
public sealed class ServiceBuilder : ContainerBuilder<ServiceBuilder>
{
    internal ServiceBuilder(ServiceDefinition definition) : base(definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public ServiceDefinition Definition { get; }

    private static SourceLocation At(string file, int line) => SourceLocation.From(file, line);

    /// <summary>Joins <paramref name="network"/>, answering there also to <paramref name="aliases"/>.</summary>
    public ServiceBuilder WithNetwork(NetworkBuilder network, string[]? aliases = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        Definition.Networks.Add(new NetworkAttachment(network.Definition, aliases ?? [], At(file, line)));
        return this;
    }

    /// <summary>Uses the host's network stack or none at all instead of networks.</summary>
    public ServiceBuilder WithNetworkMode(NetworkMode mode, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Definition.NetworkMode = mode;
        Definition.NetworkModeLocation = At(file, line);
        return this;
    }

    /// <summary>
    /// Starts after <paramref name="dependency"/>: once healthy when it has a health check, else once started, unless
    /// <paramref name="condition"/> says otherwise.
    /// </summary>
    public ServiceBuilder WaitFor(ServiceBuilder dependency, DependencyCondition? condition = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        Definition.DependsOn.Add(new ServiceDependency(dependency.Definition, condition, At(file, line)));
        return this;
    }

    /// <summary>Starts after <paramref name="dependency"/> ran to completion successfully (migrations, seeding).</summary>
    public ServiceBuilder WaitForCompletion(ServiceBuilder dependency, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        WaitFor(dependency, DependencyCondition.CompletedSuccessfully, file, line);

    /// <summary>Legacy Compose link; prefer <see cref="WaitFor"/> and a network alias.</summary>
    public ServiceBuilder WithLink(ServiceBuilder service, string? alias = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(service);
        Definition.Links.Add(new ServiceLink(service.Definition, alias, At(file, line)));
        return this;
    }

    /// <summary>Sets the restart policy.</summary>
    public ServiceBuilder WithRestart(RestartPolicy policy) { Definition.Restart = policy; return this; }

    /// <summary>Runs <paramref name="replicas"/> copies.</summary>
    public ServiceBuilder WithReplicas(int replicas, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Definition.Replicas = replicas;
        Definition.ReplicasLocation = At(file, line);
        return this;
    }

    /// <summary>Rolls out new versions with at most <paramref name="maxSurge"/> extra and <paramref name="maxUnavailable"/> missing replicas.</summary>
    public ServiceBuilder WithRollingUpdate(int maxSurge = 1, int maxUnavailable = 0)
    {
        Definition.RollingUpdate = new RollingUpdateDefinition(maxSurge, maxUnavailable);
        return this;
    }

    /// <summary>Adds a label to the service and its pods.</summary>
    public ServiceBuilder WithLabel(string key, string value) { Definition.Labels[key] = value; return this; }

    /// <summary>Fixes the Compose container name (only with one replica).</summary>
    public ServiceBuilder WithContainerName(string containerName) { Definition.ContainerName = containerName; return this; }

    /// <summary>Sets the host name seen inside the container.</summary>
    public ServiceBuilder WithHostname(string hostname) { Definition.Hostname = hostname; return this; }

    /// <summary>Adds an <c>/etc/hosts</c> entry.</summary>
    public ServiceBuilder WithExtraHost(string hostname, string address) { Definition.ExtraHosts[hostname] = address; return this; }

    /// <summary>Sets DNS servers.</summary>
    public ServiceBuilder WithDns(params string[] servers) { Definition.Dns.AddRange(servers); return this; }

    /// <summary>Runs an init process as PID 1 that reaps zombies and forwards signals.</summary>
    public ServiceBuilder WithInit(bool init = true) { Definition.Init = init; return this; }

    /// <summary>Sets the signal that stops the container (such as <c>SIGQUIT</c>).</summary>
    public ServiceBuilder WithStopSignal(string signal) { Definition.StopSignal = signal; return this; }

    /// <summary>Sets the time between the stop signal and a kill.</summary>
    public ServiceBuilder WithStopGracePeriod(TimeSpan period) { Definition.StopGracePeriod = period; return this; }

    /// <summary>Sets a process limit such as <c>nofile</c>.</summary>
    public ServiceBuilder WithUlimit(string name, long soft, long hard)
    {
        Definition.Ulimits[name] = new UlimitDefinition(soft, hard);
        return this;
    }

    /// <summary>Sets a namespaced kernel parameter such as <c>net.core.somaxconn</c>.</summary>
    public ServiceBuilder WithSysctl(string name, string value) { Definition.Sysctls[name] = value; return this; }

    /// <summary>Sets the log driver and its options.</summary>
    public ServiceBuilder WithLogging(string driver, IReadOnlyDictionary<string, string>? options = null)
    {
        var logging = new LoggingDefinition(driver);
        foreach (var option in options ?? new Dictionary<string, string>())
        {
            logging.Options[option.Key] = option.Value;
        }
        Definition.Logging = logging;
        return this;
    }

    /// <summary>Starts the service only when one of these Compose profiles is active.</summary>
    public ServiceBuilder WithProfiles(params string[] profiles) { Definition.Profiles.AddRange(profiles); return this; }

    /// <summary>Runs only on nodes labelled <paramref name="key"/>=<paramref name="value"/>.</summary>
    public ServiceBuilder WithNodeSelector(string key, string value) { Definition.NodeSelector[key] = value; return this; }

    /// <summary>Adds a sidecar container that shares this service's network and volumes.</summary>
    public ServiceBuilder WithSidecar(string name, Action<SidecarBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var container = new ContainerDefinition(Definition.Stack, name ?? string.Empty, At(file, line));
        Definition.Sidecars.Add(container);
        configure(new SidecarBuilder(container));
        return this;
    }

    /// <summary>Adds a container that runs to completion before the service starts.</summary>
    public ServiceBuilder WithInitContainer(string name, Action<SidecarBuilder> configure, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var container = new ContainerDefinition(Definition.Stack, name ?? string.Empty, At(file, line));
        Definition.InitContainers.Add(container);
        configure(new SidecarBuilder(container));
        return this;
    }

    /// <summary>Runs as a Kubernetes StatefulSet; its named volumes become per-replica claims.</summary>
    public ServiceBuilder AsStatefulSet() { Definition.Workload = WorkloadKind.StatefulSet; return this; }

    /// <summary>Runs once to completion (Kubernetes Job, Compose <c>restart: "no"</c>).</summary>
    public ServiceBuilder AsJob() { Definition.Workload = WorkloadKind.Job; return this; }

    /// <summary>Runs to completion on a cron <paramref name="schedule"/> (Kubernetes CronJob; Compose runs it once).</summary>
    public ServiceBuilder AsCronJob(string schedule)
    {
        Definition.Workload = WorkloadKind.CronJob;
        Definition.Schedule = schedule;
        return this;
    }

    /// <summary>Sets how the Kubernetes Service exposes the ports.</summary>
    public ServiceBuilder WithServiceType(KubernetesServiceType type) { Definition.ServiceType = type; return this; }

    /// <summary>Routes HTTP for <paramref name="host"/> and <paramref name="path"/> to this service (Kubernetes Ingress).</summary>
    public ServiceBuilder WithIngress(string host, string path = "/", int? port = null, string? tlsSecret = null, string? ingressClass = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var target = port ?? Definition.Ports.Select(p => p.PublishedPort ?? p.ContainerPort).FirstOrDefault();
        Definition.Ingresses.Add(new IngressDefinition(host, path, target, tlsSecret, ingressClass, At(file, line)));
        return this;
    }

    /// <summary>Escape hatch: changes the emitted Compose service.</summary>
    public ServiceBuilder ConfigureCompose(Action<ComposeService> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.ComposeCustomizations.Add(configure);
        return this;
    }

    /// <summary>Escape hatch: changes the emitted pod spec.</summary>
    public ServiceBuilder ConfigurePodSpec(Action<V1PodSpec> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.PodSpecCustomizations.Add(configure);
        return this;
    }

    /// <summary>Escape hatch: changes the emitted workload (V1Deployment, V1StatefulSet, V1Job or V1CronJob).</summary>
    public ServiceBuilder ConfigureWorkload(Action<IKubernetesObject<V1ObjectMeta>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.WorkloadCustomizations.Add(configure);
        return this;
    }

    /// <summary>Escape hatch: changes the emitted Kubernetes Service.</summary>
    public ServiceBuilder ConfigureKubernetesService(Action<V1Service> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.KubernetesServiceCustomizations.Add(configure);
        return this;
    }
}
