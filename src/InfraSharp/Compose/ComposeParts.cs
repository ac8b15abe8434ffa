using System.Text.Json.Serialization;

#pragma warning disable CS1591 // Each property is the Compose key named in its attribute.
namespace InfraSharp.Compose;

/// <summary>Service <c>build</c>.</summary>
public sealed class ComposeBuild
{
    [JsonPropertyName("context")] public string Context { get; set; } = ".";
    [JsonPropertyName("dockerfile")] public string? Dockerfile { get; set; }
    [JsonPropertyName("args")] public SortedDictionary<string, string>? Args { get; set; }
    [JsonPropertyName("target")] public string? Target { get; set; }
}

/// <summary>Service <c>volumes</c> entry, long syntax.</summary>
public sealed class ComposeServiceVolume
{
    [JsonPropertyName("type")] public string Type { get; set; } = "volume";
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("target")] public string Target { get; set; } = "";
    [JsonPropertyName("read_only")] public bool? ReadOnly { get; set; }
    [JsonPropertyName("volume")] public ComposeVolumeOptions? Volume { get; set; }
    [JsonPropertyName("tmpfs")] public ComposeTmpfsOptions? Tmpfs { get; set; }
}

/// <summary>Volume mount options.</summary>
public sealed class ComposeVolumeOptions
{
    [JsonPropertyName("nocopy")] public bool? NoCopy { get; set; }
    [JsonPropertyName("subpath")] public string? Subpath { get; set; }
}

/// <summary>tmpfs mount options.</summary>
public sealed class ComposeTmpfsOptions
{
    [JsonPropertyName("size")] public long? Size { get; set; }
}

/// <summary>Service <c>networks</c> entry.</summary>
public sealed class ComposeServiceNetwork
{
    [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
}

/// <summary>Service <c>depends_on</c> entry, long syntax.</summary>
public sealed class ComposeDependsOn
{
    [JsonPropertyName("condition")] public string Condition { get; set; } = "service_started";
}

/// <summary>Service <c>healthcheck</c>.</summary>
public sealed class ComposeHealthCheck
{
    [JsonPropertyName("test")] public List<string> Test { get; set; } = new();
    [JsonPropertyName("interval")] public string? Interval { get; set; }
    [JsonPropertyName("timeout")] public string? Timeout { get; set; }
    [JsonPropertyName("retries")] public int? Retries { get; set; }
    [JsonPropertyName("start_period")] public string? StartPeriod { get; set; }
}

/// <summary>Service <c>deploy</c>.</summary>
public sealed class ComposeDeploy
{
    [JsonPropertyName("replicas")] public int? Replicas { get; set; }
    [JsonPropertyName("update_config")] public ComposeUpdateConfig? UpdateConfig { get; set; }
    [JsonPropertyName("resources")] public ComposeResources? Resources { get; set; }
    [JsonPropertyName("placement")] public ComposePlacement? Placement { get; set; }
}

/// <summary><c>deploy.update_config</c>.</summary>
public sealed class ComposeUpdateConfig
{
    [JsonPropertyName("parallelism")] public int? Parallelism { get; set; }
    [JsonPropertyName("order")] public string? Order { get; set; }
}

/// <summary><c>deploy.resources</c>.</summary>
public sealed class ComposeResources
{
    [JsonPropertyName("limits")] public ComposeResourceValues? Limits { get; set; }
    [JsonPropertyName("reservations")] public ComposeResourceValues? Reservations { get; set; }
}

/// <summary>CPU and memory of limits or reservations.</summary>
public sealed class ComposeResourceValues
{
    [JsonPropertyName("cpus")] public string? Cpus { get; set; }
    [JsonPropertyName("memory")] public string? Memory { get; set; }
}

/// <summary><c>deploy.placement</c>.</summary>
public sealed class ComposePlacement
{
    [JsonPropertyName("constraints")] public List<string>? Constraints { get; set; }
}

/// <summary>Service <c>configs</c>/<c>secrets</c> entry, long syntax.</summary>
public sealed class ComposeFileMount
{
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("target")] public string? Target { get; set; }
}

/// <summary>A <c>ulimits</c> entry.</summary>
public sealed class ComposeUlimit
{
    [JsonPropertyName("soft")] public long Soft { get; set; }
    [JsonPropertyName("hard")] public long Hard { get; set; }
}

/// <summary>Service <c>logging</c>.</summary>
public sealed class ComposeLogging
{
    [JsonPropertyName("driver")] public string Driver { get; set; } = "json-file";
    [JsonPropertyName("options")] public SortedDictionary<string, string>? Options { get; set; }
}

/// <summary>Top-level <c>networks</c> entry.</summary>
public sealed class ComposeNetwork
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("driver")] public string? Driver { get; set; }
    [JsonPropertyName("driver_opts")] public SortedDictionary<string, string>? DriverOpts { get; set; }
    [JsonPropertyName("internal")] public bool? Internal { get; set; }
    [JsonPropertyName("attachable")] public bool? Attachable { get; set; }
    [JsonPropertyName("external")] public bool? External { get; set; }
    [JsonPropertyName("labels")] public SortedDictionary<string, string>? Labels { get; set; }
}

/// <summary>Top-level <c>volumes</c> entry.</summary>
public sealed class ComposeVolume
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("driver")] public string? Driver { get; set; }
    [JsonPropertyName("driver_opts")] public SortedDictionary<string, string>? DriverOpts { get; set; }
    [JsonPropertyName("external")] public bool? External { get; set; }
    [JsonPropertyName("labels")] public SortedDictionary<string, string>? Labels { get; set; }
}

/// <summary>Top-level <c>configs</c> entry.</summary>
public sealed class ComposeConfig
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("file")] public string? File { get; set; }
    [JsonPropertyName("external")] public bool? External { get; set; }
}

/// <summary>Top-level <c>secrets</c> entry.</summary>
public sealed class ComposeSecret
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("file")] public string? File { get; set; }
    [JsonPropertyName("environment")] public string? Environment { get; set; }
    [JsonPropertyName("external")] public bool? External { get; set; }
}
