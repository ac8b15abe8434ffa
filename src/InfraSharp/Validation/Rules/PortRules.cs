// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
namespace InfraSharp.Validation.Rules;

/// <summary>Port numbers (ISH2003, ISH2018).</summary>
public static class PortRules
{
    /// <summary>The lowest valid port.</summary>
    public const int MinPort = 1;

    /// <summary>The highest valid port.</summary>
    public const int MaxPort = 65535;

    /// <summary>True when <paramref name="port"/> lies between 1 and 65535.</summary>
    public static bool IsValidPort(int port) => port >= MinPort && port <= MaxPort;

    /// <summary>True when <paramref name="port"/> lies between 1 and 65535.</summary>
    public static bool IsValidPort(long port) => port >= MinPort && port <= MaxPort;
}
