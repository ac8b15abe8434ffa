namespace InfraSharp.Model;

/// <summary>What one container runs: the part shared by services, sidecars and init containers.</summary>
public class ContainerDefinition : StackObjectDefinition
{
    internal ContainerDefinition(StackDefinition stack, string name, SourceLocation location)
        : base(stack, name, location)
    {
    }

    /// <summary>Image reference to run (or to tag the build with).</summary>
    public string? Image { get; internal set; }

    /// <summary>Where <see cref="Image"/> was set.</summary>
    public SourceLocation? ImageLocation { get; internal set; }

    /// <summary>How to build the image; null when it is pulled.</summary>
    public BuildDefinition? Build { get; internal set; }

    /// <summary>Arguments of the entrypoint (Compose <c>command</c>, Kubernetes <c>args</c>).</summary>
    public List<string>? Command { get; internal set; }

    /// <summary>Executable (Compose <c>entrypoint</c>, Kubernetes <c>command</c>).</summary>
    public List<string>? Entrypoint { get; internal set; }

    /// <summary>Environment variables in declaration order.</summary>
    public List<KeyValuePair<string, string>> Environment { get; } = new();

    /// <summary>Env files read by Compose (relative to the project folder).</summary>
    public List<string> EnvFiles { get; } = new();

    /// <summary>Ports.</summary>
    public List<PortDefinition> Ports { get; } = new();

    /// <summary>Mounts.</summary>
    public List<MountDefinition> Mounts { get; } = new();

    /// <summary>Health check.</summary>
    public Probe? HealthCheck { get; internal set; }

    /// <summary>Where the health check was declared.</summary>
    public SourceLocation? HealthCheckLocation { get; internal set; }

    /// <summary>Resources.</summary>
    public ResourceDefinition Resources { get; } = new();

    /// <summary>User (name or <c>uid[:gid]</c>).</summary>
    public string? User { get; internal set; }

    /// <summary>Working directory.</summary>
    public string? WorkingDirectory { get; internal set; }

    /// <summary>Configs mounted as files.</summary>
    public List<ConfigReference> Configs { get; } = new();

    /// <summary>Secrets mounted as files.</summary>
    public List<SecretReference> Secrets { get; } = new();

    /// <summary>Capabilities added.</summary>
    public List<string> CapabilitiesAdded { get; } = new();

    /// <summary>Capabilities dropped.</summary>
    public List<string> CapabilitiesDropped { get; } = new();

    /// <summary>Read-only root filesystem.</summary>
    public bool ReadOnlyRootFilesystem { get; internal set; }

    /// <summary>Privileged mode.</summary>
    public bool Privileged { get; internal set; }

    /// <summary>Where privileged mode was asked for.</summary>
    public SourceLocation? PrivilegedLocation { get; internal set; }

    /// <summary>Security options (Compose <c>security_opt</c>).</summary>
    public List<string> SecurityOptions { get; } = new();

    /// <summary>Pull policy.</summary>
    public PullPolicy? PullPolicy { get; internal set; }
}
