using System.Text.Json.Serialization;

namespace InfraSharp.Compose;

/// <summary>One entry of <c>services</c>, in the Compose specification's terms.</summary>
public sealed class ComposeService
{
#pragma warning disable CS1591 // Each property is the Compose key named in its attribute.
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("build")] public ComposeBuild? Build { get; set; }
    [JsonPropertyName("container_name")] public string? ContainerName { get; set; }
    [JsonPropertyName("hostname")] public string? Hostname { get; set; }
    [JsonPropertyName("entrypoint")] public List<string>? Entrypoint { get; set; }
    [JsonPropertyName("command")] public List<string>? Command { get; set; }
    [JsonPropertyName("working_dir")] public string? WorkingDir { get; set; }
    [JsonPropertyName("user")] public string? User { get; set; }
    [JsonPropertyName("environment")] public SortedDictionary<string, string>? Environment { get; set; }
    [JsonPropertyName("env_file")] public List<string>? EnvFile { get; set; }
    [JsonPropertyName("ports")] public List<string>? Ports { get; set; }
    [JsonPropertyName("expose")] public List<string>? Expose { get; set; }
    [JsonPropertyName("volumes")] public List<ComposeServiceVolume>? Volumes { get; set; }
    [JsonPropertyName("network_mode")] public string? NetworkMode { get; set; }
    [JsonPropertyName("networks")] public SortedDictionary<string, ComposeServiceNetwork>? Networks { get; set; }
    [JsonPropertyName("depends_on")] public SortedDictionary<string, ComposeDependsOn>? DependsOn { get; set; }
    [JsonPropertyName("links")] public List<string>? Links { get; set; }
    [JsonPropertyName("healthcheck")] public ComposeHealthCheck? HealthCheck { get; set; }
    [JsonPropertyName("restart")] public string? Restart { get; set; }
    [JsonPropertyName("deploy")] public ComposeDeploy? Deploy { get; set; }
    [JsonPropertyName("labels")] public SortedDictionary<string, string>? Labels { get; set; }
    [JsonPropertyName("configs")] public List<ComposeFileMount>? Configs { get; set; }
    [JsonPropertyName("secrets")] public List<ComposeFileMount>? Secrets { get; set; }
    [JsonPropertyName("cap_add")] public List<string>? CapAdd { get; set; }
    [JsonPropertyName("cap_drop")] public List<string>? CapDrop { get; set; }
    [JsonPropertyName("read_only")] public bool? ReadOnly { get; set; }
    [JsonPropertyName("privileged")] public bool? Privileged { get; set; }
    [JsonPropertyName("security_opt")] public List<string>? SecurityOpt { get; set; }
    [JsonPropertyName("extra_hosts")] public List<string>? ExtraHosts { get; set; }
    [JsonPropertyName("dns")] public List<string>? Dns { get; set; }
    [JsonPropertyName("init")] public bool? Init { get; set; }
    [JsonPropertyName("stop_signal")] public string? StopSignal { get; set; }
    [JsonPropertyName("stop_grace_period")] public string? StopGracePeriod { get; set; }
    [JsonPropertyName("ulimits")] public SortedDictionary<string, ComposeUlimit>? Ulimits { get; set; }
    [JsonPropertyName("sysctls")] public SortedDictionary<string, string>? Sysctls { get; set; }
    [JsonPropertyName("logging")] public ComposeLogging? Logging { get; set; }
    [JsonPropertyName("pull_policy")] public string? PullPolicy { get; set; }
    [JsonPropertyName("profiles")] public List<string>? Profiles { get; set; }
#pragma warning restore CS1591

    /// <summary>Keys the model lacks; written as given.</summary>
    [JsonExtensionData] public Dictionary<string, object?>? Extensions { get; set; }
}
