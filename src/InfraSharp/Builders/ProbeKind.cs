namespace InfraSharp;

/// <summary>How a <see cref="Probe"/> checks health.</summary>
public enum ProbeKind
{
    /// <summary>Runs a command.</summary>
    Exec,
    /// <summary>HTTP GET.</summary>
    Http,
    /// <summary>TCP connect.</summary>
    Tcp,
}
