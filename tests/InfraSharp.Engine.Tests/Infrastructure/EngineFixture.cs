using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using InfraSharp.Testing;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>
/// Shared by every engine scenario: checks the tools, points podman at <c>tests/engines/containers.conf</c>, starts a
/// podman API socket on a temporary path for docker-compose, and builds the busybox test image locally.
/// A failing step throws <see cref="EngineSetupException"/> so every test fails naming that step (never a silent skip).
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    /// <summary>The test image, built from Debian's static busybox; nothing is ever pulled.</summary>
    public const string TestImage = "localhost/infrasharp-busybox:test";

    // Applets the scenarios use; each becomes a symlink to /bin/busybox in the image.
    private static readonly string[] Applets =
    [
        "sh", "httpd", "wget", "nc", "nslookup", "sleep", "cat", "echo", "ls", "mount", "ip", "ifconfig", "touch",
        "test", "grep", "date", "mkdir", "rm", "timeout", "printf", "true", "false", "hostname", "env", "wc", "id",
    ];

    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private readonly StringBuilder _serviceLog = new();
    private Process? _service;

    /// <summary>The temporary folder of this run (socket, image root filesystem, emitted files).</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "ish-engines-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The podman API socket that docker-compose talks to.</summary>
    public string SocketPath => Path.Combine(WorkDirectory, "podman.sock");

    /// <summary>Environment given to every podman and docker-compose process.</summary>
    public IReadOnlyDictionary<string, string> Environment => _environment;

    /// <summary>A name unique to this run and call, such as <c>ish-1a2b3c4d</c>.</summary>
    public static string UniqueName(string prefix = "ish") => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        var containersConf = Path.Combine(RepositoryPaths.Root, "tests", "engines", "containers.conf");
        if (!File.Exists(containersConf))
        {
            throw new EngineSetupException("find containers.conf", containersConf + " does not exist");
        }
        _environment["CONTAINERS_CONF"] = containersConf;
        _environment["DOCKER_HOST"] = "unix://" + SocketPath;

        foreach (var tool in new[] { "podman", "docker-compose", "tar" })
        {
            var which = await ProcessRunner.RunAsync("sh", ["-c", "command -v " + tool], _environment, TimeSpan.FromSeconds(10));
            if (!which.Succeeded)
            {
                throw new EngineSetupException("find tools", $"'{tool}' is not on PATH");
            }
        }
        if (!File.Exists("/bin/busybox"))
        {
            throw new EngineSetupException("find tools", "/bin/busybox (package busybox-static) is missing");
        }

        var info = await Podman(TimeSpan.FromSeconds(60), "info", "--format", "{{.Host.OCIRuntime.Name}}");
        if (!info.Succeeded)
        {
            throw new EngineSetupException("podman info", info.Describe("podman info"));
        }

        await StartSocketServiceAsync();
        await BuildTestImageAsync();
    }

    /// <summary>Runs podman with the engine environment.</summary>
    public Task<ProcessResult> Podman(params string[] arguments) => Podman(TimeSpan.FromSeconds(60), arguments);

    /// <summary>Runs podman with the engine environment and a given bound.</summary>
    public Task<ProcessResult> Podman(TimeSpan timeout, params string[] arguments) =>
        ProcessRunner.RunAsync("podman", arguments, _environment, timeout);

    /// <summary>Runs docker-compose against the podman socket.</summary>
    public Task<ProcessResult> DockerCompose(TimeSpan timeout, string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("docker-compose", arguments, _environment, timeout, workingDirectory);

    private async Task StartSocketServiceAsync()
    {
        var info = new ProcessStartInfo("podman")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "system", "service", "--time=0", "unix://" + SocketPath })
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in _environment)
        {
            info.Environment[name] = value;
        }
        try
        {
            _service = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new EngineSetupException("start podman socket", exception.Message);
        }
        _service.OutputDataReceived += (_, e) => AppendServiceLog(e.Data);
        _service.ErrorDataReceived += (_, e) => AppendServiceLog(e.Data);
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();

        try
        {
            await Wait.UntilAsync(async () =>
            {
                if (_service.HasExited)
                {
                    throw new EngineSetupException("start podman socket", $"podman system service exited with {_service.ExitCode}: {ServiceLog()}");
                }
                return await PingAsync();
            }, TimeSpan.FromSeconds(30), "podman socket " + SocketPath + " answering /_ping");
        }
        catch (TimeoutException timeout)
        {
            throw new EngineSetupException("start podman socket", timeout.Message + "\n" + ServiceLog());
        }
    }

    private async Task<bool> PingAsync()
    {
        if (!File.Exists(SocketPath))
        {
            return false;
        }
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await client.GetStringAsync("http://podman/_ping")).Trim() == "OK";
        }
        catch (Exception exception) when (exception is HttpRequestException or SocketException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task BuildTestImageAsync()
    {
        if ((await Podman("image", "exists", TestImage)).Succeeded)
        {
            return;
        }
        // A root filesystem of one static binary and its applet links; imported, not built, so no registry is needed.
        var root = Path.Combine(WorkDirectory, "rootfs");
        foreach (var folder in new[] { "bin", "tmp", "etc", "proc", "sys", "dev", "var/www" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }
        File.Copy("/bin/busybox", Path.Combine(root, "bin", "busybox"));
        foreach (var applet in Applets)
        {
            File.CreateSymbolicLink(Path.Combine(root, "bin", applet), "busybox");
        }
        var tarball = Path.Combine(WorkDirectory, "rootfs.tar");
        var tar = await ProcessRunner.RunAsync("tar", ["-C", root, "-cf", tarball, "."], _environment, TimeSpan.FromSeconds(60));
        if (!tar.Succeeded)
        {
            throw new EngineSetupException("build test image", tar.Describe("tar"));
        }
        var import = await Podman(TimeSpan.FromSeconds(120), "import",
            "--change", "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "--change", "CMD [\"/bin/sh\"]",
            tarball, TestImage);
        if (!import.Succeeded)
        {
            throw new EngineSetupException("build test image", import.Describe("podman import"));
        }
        var smoke = await Podman(TimeSpan.FromSeconds(60), "run", "--rm", TestImage, "echo", "engine-ok");
        if (!smoke.Succeeded || smoke.Output.Trim() != "engine-ok")
        {
            throw new EngineSetupException("run test image", smoke.Describe("podman run " + TestImage));
        }
    }

    private void AppendServiceLog(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_serviceLog)
        {
            if (_serviceLog.Length < 64 * 1024)   // the service runs for the whole suite: keep its log bounded
            {
                _serviceLog.Append(line).Append('\n');
            }
        }
    }

    private string ServiceLog()
    {
        lock (_serviceLog)
        {
            return _serviceLog.ToString();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);   // the service we started, by its process id
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _service.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                // Nothing more to do: the kill was sent; the process will go with the test host.
            }
        }
        _service?.Dispose();
        EmittedFiles.TryDelete(WorkDirectory);
    }
}
