namespace InfraSharp.Model;

/// <summary>A process limit (Compose <c>ulimits</c>).</summary>
/// <param name="Soft">Soft limit.</param>
/// <param name="Hard">Hard limit.</param>
public sealed record UlimitDefinition(long Soft, long Hard);
