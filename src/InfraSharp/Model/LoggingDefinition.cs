namespace InfraSharp.Model;

/// <summary>Container log driver (Compose <c>logging</c>).</summary>
public sealed class LoggingDefinition
{
    internal LoggingDefinition(string driver) => Driver = driver;

    /// <summary>Driver name, such as <c>json-file</c>.</summary>
    public string Driver { get; }

    /// <summary>Driver options.</summary>
    public SortedDictionary<string, string> Options { get; } = new(StringComparer.Ordinal);
}
