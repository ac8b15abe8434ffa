using InfraSharp.Compose;
using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>
/// A stack emitted with <see cref="StackEmitter"/> into a temporary folder and run with docker-compose on podman
/// under a project name unique to the run. Disposing always runs <c>down -v</c> and removes what is left.
/// </summary>
public sealed class ComposeProject : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly EngineFixture _engine;

    private ComposeProject(EngineFixture engine, string name, string directory, EmitResult emitted)
    {
        _engine = engine;
        Name = name;
        Directory = directory;
        Emitted = emitted;
    }

    /// <summary>The docker-compose project name (also the prefix of its volumes and networks).</summary>
    public string Name { get; }

    /// <summary>The folder holding the emitted files.</summary>
    public string Directory { get; }

    /// <summary>What InfraSharp emitted for the stack.</summary>
    public EmitResult Emitted { get; }

    /// <summary>Path of the emitted Compose file.</summary>
    public string ComposeFile => Path.Combine(Directory, ComposeEmitter.FileName);

    /// <summary>The emitted Compose file's text (for assertion messages).</summary>
    public string ComposeText => File.ReadAllText(ComposeFile);

    /// <summary>Emits <paramref name="stack"/> for Compose and writes its files to a fresh folder.</summary>
    public static ComposeProject Create(EngineFixture engine, StackDefinition stack)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var name = EngineFixture.UniqueName();
        var directory = Path.Combine(engine.WorkDirectory, name);
        System.IO.Directory.CreateDirectory(directory);
        var emitted = StackEmitter.Emit(stack, new EmitOptions { Targets = EmitTargets.Compose, ProjectDirectory = directory });
        EmittedFiles.WriteAll(emitted, directory);
        return new ComposeProject(engine, name, directory, emitted);
    }

    /// <summary>Runs docker-compose for this project with the given arguments.</summary>
    public Task<ProcessResult> RunAsync(params string[] arguments) =>
        _engine.DockerCompose(CommandTimeout, Directory, ["-p", Name, "-f", ComposeFile, .. arguments]);

    /// <summary>
    /// <c>up -d</c>, failing with the file and output when it does not succeed. Podman runs health checks from
    /// systemd timers, which this sandbox lacks, so while <c>up</c> waits a pump runs each container's check once a second.
    /// </summary>
    public async Task UpAsync(params string[] services)
    {
        using var stopPump = new CancellationTokenSource();
        var pump = PumpHealthChecksAsync(stopPump.Token);
        ProcessResult up;
        try
        {
            up = await RunAsync(["up", "-d", "--no-build", .. services]);
        }
        finally
        {
            stopPump.Cancel();
            await pump;
        }
        Assert.True(up.Succeeded, up.Describe("docker-compose up") + "\ncompose.yaml:\n" + ComposeText);
    }

    /// <summary><c>down</c> with a one-second stop timeout; volumes are kept unless <paramref name="removeVolumes"/>.</summary>
    public async Task DownAsync(bool removeVolumes)
    {
        var down = await RunAsync(removeVolumes ? ["down", "-t", "1", "-v"] : ["down", "-t", "1"]);
        Assert.True(down.Succeeded, down.Describe("docker-compose down"));
    }

    /// <summary>The id of the (single) container of <paramref name="service"/>; fails when there is none.</summary>
    public async Task<string> ContainerIdAsync(string service)
    {
        var ps = await _engine.Podman("ps", "-a", "-q", "--no-trunc",
            "--filter", "label=com.docker.compose.project=" + Name,
            "--filter", "label=com.docker.compose.service=" + service);
        ps.EnsureSuccess("podman ps");
        var ids = ps.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(ids.Length == 1, $"expected one container for service '{service}' of {Name}, found {ids.Length}\ncompose.yaml:\n{ComposeText}");
        return ids[0];
    }

    /// <summary>Runs a command inside the running container of <paramref name="service"/>.</summary>
    public async Task<ProcessResult> ExecAsync(string service, params string[] command) =>
        await _engine.Podman(TimeSpan.FromSeconds(60), ["exec", await ContainerIdAsync(service), .. command]);

    /// <summary>Runs a shell script inside <paramref name="service"/> and returns its result.</summary>
    public Task<ProcessResult> ShellAsync(string service, string script) => ExecAsync(service, "sh", "-c", script);

    /// <summary>Waits until <paramref name="service"/>'s container is running (bounded).</summary>
    public Task WaitRunningAsync(string service) =>
        Wait.UntilAsync(async () =>
        {
            var state = await _engine.Podman("inspect", "--format", "{{.State.Status}}", await ContainerIdAsync(service));
            return state.Succeeded && state.Output.Trim() == "running";
        }, TimeSpan.FromSeconds(60), $"service '{service}' of {Name} running");

    private async Task PumpHealthChecksAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var ps = await _engine.Podman("ps", "-q", "--filter", "label=com.docker.compose.project=" + Name);
            foreach (var id in ps.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // Fails harmlessly for containers without a health check, or a check that does not pass yet.
                await _engine.Podman(TimeSpan.FromSeconds(30), "healthcheck", "run", id);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Teardown must not hide the test's own failure: every step is bounded and its failure ignored.
        try
        {
            await RunAsync("down", "-t", "1", "-v", "--remove-orphans");
            var left = await _engine.Podman("volume", "ls", "-q", "--filter", "label=com.docker.compose.project=" + Name);
            foreach (var volume in left.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                await _engine.Podman("volume", "rm", "-f", volume);
            }
        }
        catch (TimeoutException)
        {
        }
        EmittedFiles.TryDelete(Directory);
    }
}
