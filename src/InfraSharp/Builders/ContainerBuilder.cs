using System.Runtime.CompilerServices;
using InfraSharp.Model;

namespace InfraSharp;

/// <summary>Container-level settings shared by services, sidecars and init containers.</summary>
/// <typeparam name="TSelf">The concrete builder, so chains keep their type.</typeparam>
public abstract class ContainerBuilder<TSelf> where TSelf : ContainerBuilder<TSelf>
{
    private protected ContainerBuilder(ContainerDefinition container) => Container = container;

    /// <summary>The container being built.</summary>
    private protected ContainerDefinition Container { get; }

    private TSelf Self => (TSelf)this;

    /// <summary>The container's name.</summary>
    public string Name => Container.Name;

    private static SourceLocation At(string file, int line) => SourceLocation.From(file, line);

    /// <summary>Runs the image <paramref name="image"/> (pin a tag such as <c>redis:7.2</c>).</summary>
    public TSelf WithImage(string image, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Image = image;
        Container.ImageLocation = At(file, line);
        return Self;
    }

    /// <summary>
    /// Builds the image from <paramref name="context"/>; <paramref name="image"/> names the built image so that
    /// Kubernetes can pull it (required there, ISH4001).
    /// </summary>
    public TSelf WithBuild(string context, string? image = null, string? dockerfile = null, string? target = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Build = new BuildDefinition(context) { Dockerfile = dockerfile, Target = target };
        if (image is not null)
        {
            Container.Image = image;
            Container.ImageLocation = At(file, line);
        }
        return Self;
    }

    /// <summary>Adds a build argument (call after <see cref="WithBuild"/>).</summary>
    public TSelf WithBuildArg(string name, string value)
    {
        (Container.Build ??= new BuildDefinition(".")).Args[name] = value;
        return Self;
    }

    /// <summary>Sets the arguments passed to the entrypoint (Compose <c>command</c>).</summary>
    public TSelf WithCommand(params string[] arguments) { Container.Command = arguments.ToList(); return Self; }

    /// <summary>Sets the executable (Compose <c>entrypoint</c>).</summary>
    public TSelf WithEntrypoint(params string[] entrypoint) { Container.Entrypoint = entrypoint.ToList(); return Self; }

    /// <summary>Sets an environment variable. Never put secret values here: use <c>WithSecret</c>.</summary>
    public TSelf WithEnvironment(string name, string value)
    {
        Container.Environment.RemoveAll(pair => pair.Key == name);
        Container.Environment.Add(new(name, value));
        return Self;
    }

    /// <summary>Reads environment variables from a file (Compose <c>env_file</c>).</summary>
    public TSelf WithEnvironmentFile(string path) { Container.EnvFiles.Add(path); return Self; }

    /// <summary>
    /// Publishes <paramref name="containerPort"/> on the host as <paramref name="hostPort"/> (the same number when
    /// null). On Kubernetes it becomes a Service port.
    /// </summary>
    public TSelf WithPort(int containerPort, int? hostPort = null, PortProtocol protocol = PortProtocol.Tcp, string? hostIp = null,
        string? name = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Ports.Add(new PortDefinition(containerPort, hostPort ?? containerPort, protocol, hostIp, name, At(file, line)));
        return Self;
    }

    /// <summary>Opens <paramref name="containerPort"/> to the stack only (Compose <c>expose</c>, Kubernetes ClusterIP).</summary>
    public TSelf WithInternalPort(int containerPort, PortProtocol protocol = PortProtocol.Tcp, string? name = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Ports.Add(new PortDefinition(containerPort, null, protocol, null, name, At(file, line)));
        return Self;
    }

    /// <summary>Mounts a named volume at <paramref name="target"/>.</summary>
    public TSelf WithVolume(VolumeBuilder volume, string target, bool readOnly = false, string? subPath = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(volume);
        Container.Mounts.Add(new VolumeMount(volume.Definition, target, readOnly, subPath, At(file, line)));
        return Self;
    }

    /// <summary>Mounts a fresh anonymous volume at <paramref name="target"/> (private to this container).</summary>
    public TSelf WithAnonymousVolume(string target, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Mounts.Add(new AnonymousVolumeMount(target, At(file, line)));
        return Self;
    }

    /// <summary>
    /// Mounts the host path <paramref name="source"/> (relative to the project folder) at <paramref name="target"/>.
    /// <paramref name="kubernetes"/> says what it becomes on a cluster (required, ISH4002).
    /// </summary>
    public TSelf WithBindMount(string source, string target, bool readOnly = false, BindMountOnKubernetes? kubernetes = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Mounts.Add(new BindMount(source, target, readOnly, kubernetes, At(file, line)));
        return Self;
    }

    /// <summary>Mounts memory-backed storage at <paramref name="target"/>, limited to <paramref name="size"/> (such as <c>64Mi</c>).</summary>
    public TSelf WithTmpfs(string target, string? size = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Mounts.Add(new TmpfsMount(target, size, At(file, line)));
        return Self;
    }

    /// <summary>Sets the health check (Compose <c>healthcheck</c>, Kubernetes readiness and liveness probes).</summary>
    public TSelf WithHealthCheck(Probe probe, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(probe);
        Container.HealthCheck = probe;
        Container.HealthCheckLocation = At(file, line);
        return Self;
    }

    /// <summary>Sets CPU (<c>250m</c>, <c>0.5</c>, <c>2</c>) and memory (<c>128Mi</c>, <c>1Gi</c>) requests and limits.</summary>
    public TSelf WithResources(string? cpuRequest = null, string? cpuLimit = null, string? memoryRequest = null, string? memoryLimit = null)
    {
        var resources = Container.Resources;
        resources.CpuRequest = cpuRequest ?? resources.CpuRequest;
        resources.CpuLimit = cpuLimit ?? resources.CpuLimit;
        resources.MemoryRequest = memoryRequest ?? resources.MemoryRequest;
        resources.MemoryLimit = memoryLimit ?? resources.MemoryLimit;
        return Self;
    }

    /// <summary>Runs as <paramref name="user"/> (<c>uid[:gid]</c>; numeric ids carry over to Kubernetes).</summary>
    public TSelf WithUser(string user) { Container.User = user; return Self; }

    /// <summary>Sets the working directory.</summary>
    public TSelf WithWorkingDirectory(string path) { Container.WorkingDirectory = path; return Self; }

    /// <summary>Mounts a config as a file at <paramref name="target"/> (<c>/&lt;name&gt;</c> when null).</summary>
    public TSelf WithConfig(ConfigBuilder config, string? target = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        Container.Configs.Add(new ConfigReference(config.Definition, target, At(file, line)));
        return Self;
    }

    /// <summary>Mounts a secret as a file at <paramref name="target"/> (<c>/run/secrets/&lt;name&gt;</c> when null).</summary>
    public TSelf WithSecret(SecretBuilder secret, string? target = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(secret);
        Container.Secrets.Add(new SecretReference(secret.Definition, target, At(file, line)));
        return Self;
    }

    /// <summary>Adds Linux capabilities (such as <c>NET_BIND_SERVICE</c>).</summary>
    public TSelf WithAddedCapabilities(params string[] capabilities) { Container.CapabilitiesAdded.AddRange(capabilities); return Self; }

    /// <summary>Drops Linux capabilities (<c>ALL</c> drops every one).</summary>
    public TSelf WithDroppedCapabilities(params string[] capabilities) { Container.CapabilitiesDropped.AddRange(capabilities); return Self; }

    /// <summary>Makes the root filesystem read-only.</summary>
    public TSelf WithReadOnlyRootFilesystem(bool readOnly = true) { Container.ReadOnlyRootFilesystem = readOnly; return Self; }

    /// <summary>Runs privileged (full host access; avoid).</summary>
    public TSelf WithPrivileged(bool privileged = true, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Container.Privileged = privileged;
        Container.PrivilegedLocation = At(file, line);
        return Self;
    }

    /// <summary>Adds a security option (Compose <c>security_opt</c>, such as <c>no-new-privileges:true</c>).</summary>
    public TSelf WithSecurityOption(string option) { Container.SecurityOptions.Add(option); return Self; }

    /// <summary>Sets when the image is pulled.</summary>
    public TSelf WithPullPolicy(PullPolicy policy) { Container.PullPolicy = policy; return Self; }
}
