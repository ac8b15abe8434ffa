namespace InfraSharp.Model;

/// <summary>CPU and memory requests (reservations) and limits, as quantities (<c>250m</c>, <c>0.5</c>, <c>512Mi</c>).</summary>
public sealed class ResourceDefinition
{
    /// <summary>CPU guaranteed (Kubernetes request, Compose reservation).</summary>
    public string? CpuRequest { get; internal set; }

    /// <summary>CPU ceiling.</summary>
    public string? CpuLimit { get; internal set; }

    /// <summary>Memory guaranteed.</summary>
    public string? MemoryRequest { get; internal set; }

    /// <summary>Memory ceiling.</summary>
    public string? MemoryLimit { get; internal set; }

    /// <summary>True when nothing is set.</summary>
    public bool IsEmpty => CpuRequest is null && CpuLimit is null && MemoryRequest is null && MemoryLimit is null;
}
