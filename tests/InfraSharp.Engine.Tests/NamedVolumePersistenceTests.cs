using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>Scenario 1 (the course's first lesson): a named volume outlives its container; the writable layer does not.</summary>
[Collection(EngineCollection.Name)]
public sealed class NamedVolumePersistenceTests(EngineFixture engine)
{
    [Fact]
    public async Task File_in_named_volume_survives_down_and_up_while_writable_layer_file_is_gone()
    {
        var stack = StackBuilder.Build("persistence", s =>
        {
            var data = s.AddVolume("data");
            s.AddBusybox("writer").WithCommand(TestServices.Idle).WithVolume(data, "/data");
        });
        await using var project = ComposeProject.Create(engine, stack);

        await project.UpAsync();
        var firstContainer = await project.ContainerIdAsync("writer");
        (await project.ShellAsync("writer", "echo kept > /data/marker && echo lost > /layer-marker")).EnsureSuccess("write markers");

        await project.DownAsync(removeVolumes: false);
        var volumes = await engine.Podman("volume", "ls", "-q", "--filter", "label=com.docker.compose.project=" + project.Name);
        Assert.Contains(project.Name + "_data", volumes.Output, StringComparison.Ordinal);

        await project.UpAsync();
        var secondContainer = await project.ContainerIdAsync("writer");
        Assert.NotEqual(firstContainer, secondContainer);   // a fresh container, not the old one restarted

        var kept = await project.ExecAsync("writer", "cat", "/data/marker");
        Assert.True(kept.Succeeded && kept.Output == "kept\n", kept.Describe("read /data/marker after recreation") + "\ncompose.yaml:\n" + project.ComposeText);
        var lost = await project.ExecAsync("writer", "test", "-e", "/layer-marker");
        Assert.False(lost.Succeeded, "/layer-marker in the writable layer survived container recreation");
    }
}
