namespace InfraSharp.Model;

/// <summary>A legacy Compose link (prefer WaitFor plus a network alias).</summary>
/// <param name="Service">The linked service.</param>
/// <param name="Alias">The extra name; the service's name when null.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record ServiceLink(ServiceDefinition Service, string? Alias, SourceLocation Location);
