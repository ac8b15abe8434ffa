using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>Scenario 3: a host folder is visible in the container; a read-only bind mount rejects writes.</summary>
[Collection(EngineCollection.Name)]
public sealed class BindMountTests(EngineFixture engine)
{
    [Fact]
    public async Task Host_file_is_visible_and_read_only_bind_mount_rejects_writes()
    {
        var hostFolder = Directory.CreateDirectory(Path.Combine(engine.WorkDirectory, EngineFixture.UniqueName("bind"))).FullName;
        var readOnlyFolder = Directory.CreateDirectory(Path.Combine(engine.WorkDirectory, EngineFixture.UniqueName("bind-ro"))).FullName;
        File.WriteAllText(Path.Combine(hostFolder, "hello.txt"), "from-host\n");
        File.WriteAllText(Path.Combine(readOnlyFolder, "config.txt"), "read-only\n");
        try
        {
            var stack = StackBuilder.Build("bind", s =>
                s.AddBusybox("app").WithCommand(TestServices.Idle)
                    .WithBindMount(hostFolder, "/host", kubernetes: BindMountOnKubernetes.Skip)
                    .WithBindMount(readOnlyFolder, "/ro", readOnly: true, kubernetes: BindMountOnKubernetes.Skip));
            await using var project = ComposeProject.Create(engine, stack);

            await project.UpAsync();
            var read = await project.ExecAsync("app", "cat", "/host/hello.txt");
            Assert.True(read.Succeeded && read.Output == "from-host\n", read.Describe("read the host file") + "\ncompose.yaml:\n" + project.ComposeText);
            (await project.ShellAsync("app", "echo from-container > /host/back.txt")).EnsureSuccess("write through the bind mount");
            Assert.Equal("from-container\n", File.ReadAllText(Path.Combine(hostFolder, "back.txt")));

            Assert.Equal("read-only\n", (await project.ExecAsync("app", "cat", "/ro/config.txt")).Output);
            var write = await project.ShellAsync("app", "echo changed > /ro/config.txt");
            Assert.False(write.Succeeded, "a write into the read-only bind mount /ro succeeded\ncompose.yaml:\n" + project.ComposeText);
            Assert.Contains("Read-only file system", write.Error, StringComparison.Ordinal);
            Assert.Equal("read-only\n", File.ReadAllText(Path.Combine(readOnlyFolder, "config.txt")));
        }
        finally
        {
            EmittedFiles.TryDelete(hostFolder);
            EmittedFiles.TryDelete(readOnlyFolder);
        }
    }
}
