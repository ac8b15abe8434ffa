namespace InfraSharp;

/// <summary>
/// A health check: how the engine knows the service works. Compose <c>healthcheck</c>; Kubernetes readiness and
/// liveness probes.
/// </summary>
/// <example><c>Probe.Exec("redis-cli", "ping")</c>, <c>Probe.Http("/healthz", 8080)</c>, <c>Probe.Tcp(5432)</c></example>
public sealed record Probe
{
    private Probe(ProbeKind kind, IReadOnlyList<string> command, string? path, int port)
    {
        Kind = kind;
        Command = command;
        Path = path;
        Port = port;
    }

    /// <summary>What the probe does.</summary>
    public ProbeKind Kind { get; }

    /// <summary>The command of an exec probe (empty otherwise).</summary>
    public IReadOnlyList<string> Command { get; }

    /// <summary>The HTTP path of an HTTP probe.</summary>
    public string? Path { get; }

    /// <summary>The port of an HTTP or TCP probe.</summary>
    public int Port { get; }

    /// <summary>Time between checks (default 10 s).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time a check may take (default 5 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Consecutive failures before the service is unhealthy (default 3).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Grace time after start during which failures do not count (default 0).</summary>
    public TimeSpan StartPeriod { get; init; } = TimeSpan.Zero;

    /// <summary>Runs a command in the container; exit code 0 means healthy.</summary>
    public static Probe Exec(params string[] command) => new(ProbeKind.Exec, command.ToArray(), null, 0);

    /// <summary>An HTTP GET on <paramref name="port"/> and <paramref name="path"/>; 2xx/3xx means healthy.</summary>
    public static Probe Http(string path, int port) => new(ProbeKind.Http, Array.Empty<string>(), path, port);

    /// <summary>A TCP connection to <paramref name="port"/>; connecting means healthy.</summary>
    public static Probe Tcp(int port) => new(ProbeKind.Tcp, Array.Empty<string>(), null, port);

    /// <summary>Returns a copy with these timings.</summary>
    public Probe WithTimings(TimeSpan? interval = null, TimeSpan? timeout = null, int? retries = null, TimeSpan? startPeriod = null) =>
        this with
        {
            Interval = interval ?? Interval,
            Timeout = timeout ?? Timeout,
            Retries = retries ?? Retries,
            StartPeriod = startPeriod ?? StartPeriod,
        };

    /// <inheritdoc />
    public bool Equals(Probe? other) =>
        other is not null && Kind == other.Kind && Command.SequenceEqual(other.Command) && Path == other.Path &&
        Port == other.Port && Interval == other.Interval && Timeout == other.Timeout && Retries == other.Retries &&
        StartPeriod == other.StartPeriod;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Path, Port, Interval, Retries);
}
