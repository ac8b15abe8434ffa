using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>Scenario 2: tmpfs is memory only; an anonymous volume belongs to one container.</summary>
[Collection(EngineCollection.Name)]
public sealed class TmpfsAndAnonymousVolumeTests(EngineFixture engine)
{
    [Fact]
    public async Task Tmpfs_contents_are_gone_after_restart_while_the_container_layer_is_kept()
    {
        var stack = StackBuilder.Build("tmpfs", s =>
            s.AddBusybox("app").WithCommand(TestServices.Idle).WithTmpfs("/scratch", size: "8Mi"));
        await using var project = ComposeProject.Create(engine, stack);

        await project.UpAsync();
        var mounts = await project.ExecAsync("app", "cat", "/proc/mounts");
        Assert.Contains(" /scratch tmpfs ", mounts.Output, StringComparison.Ordinal);
        (await project.ShellAsync("app", "echo gone > /scratch/f && echo stays > /layer-f")).EnsureSuccess("write files");
        var container = await project.ContainerIdAsync("app");

        (await project.RunAsync("restart", "-t", "1", "app")).EnsureSuccess("docker-compose restart");
        await project.WaitRunningAsync("app");

        Assert.Equal(container, await project.ContainerIdAsync("app"));   // same container, restarted
        Assert.True((await project.ExecAsync("app", "test", "-e", "/layer-f")).Succeeded, "control: the writable layer should survive a restart");
        Assert.False((await project.ExecAsync("app", "test", "-e", "/scratch/f")).Succeeded, "a file in tmpfs /scratch survived a restart");
    }

    [Fact]
    public async Task Anonymous_volume_is_not_shared_with_another_service()
    {
        var stack = StackBuilder.Build("anonymous", s =>
        {
            s.AddBusybox("first").WithCommand(TestServices.Idle).WithAnonymousVolume("/cache");
            s.AddBusybox("second").WithCommand(TestServices.Idle).WithAnonymousVolume("/cache");
        });
        await using var project = ComposeProject.Create(engine, stack);

        await project.UpAsync();
        var firstVolume = await VolumeAtAsync(project, "first", "/cache");
        var secondVolume = await VolumeAtAsync(project, "second", "/cache");
        Assert.NotEqual(firstVolume, secondVolume);

        (await project.ShellAsync("first", "echo mine > /cache/f")).EnsureSuccess("write into the anonymous volume");
        Assert.Equal("mine\n", (await project.ExecAsync("first", "cat", "/cache/f")).Output);
        Assert.False((await project.ExecAsync("second", "test", "-e", "/cache/f")).Succeeded, "second service sees first's anonymous volume");
    }

    // The name of the volume mounted at target: proves the mount is a volume (not the layer) and tells two apart.
    private async Task<string> VolumeAtAsync(ComposeProject project, string service, string target)
    {
        var inspect = await engine.Podman("inspect", "--format",
            "{{range .Mounts}}{{.Type}} {{.Destination}} {{.Name}}\n{{end}}", await project.ContainerIdAsync(service));
        inspect.EnsureSuccess("podman inspect mounts");
        var line = inspect.Output.Split('\n').FirstOrDefault(l => l.StartsWith("volume " + target + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no volume mounted at {target} in '{service}': {inspect.Output}\ncompose.yaml:\n{project.ComposeText}");
        return line.Split(' ')[2];
    }
}
