namespace InfraSharp.Model;

/// <summary>A container port, published on the host or internal to the stack.</summary>
/// <param name="ContainerPort">Port inside the container.</param>
/// <param name="PublishedPort">Host port (Compose <c>ports</c>); null for an internal port (Compose <c>expose</c>).</param>
/// <param name="Protocol">Transport protocol.</param>
/// <param name="HostIp">Host address to bind a published port to.</param>
/// <param name="Name">Optional port name (Kubernetes).</param>
/// <param name="Location">Where it was declared.</param>
public sealed record PortDefinition(int ContainerPort, int? PublishedPort, PortProtocol Protocol, string? HostIp, string? Name, SourceLocation Location)
{
    /// <summary>True when the port is published on the host.</summary>
    public bool IsPublished => PublishedPort is not null;
}
