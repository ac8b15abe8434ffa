namespace InfraSharp;

/// <summary>Transport protocol of a port.</summary>
public enum PortProtocol
{
    /// <summary>TCP.</summary>
    Tcp,
    /// <summary>UDP.</summary>
    Udp,
}
