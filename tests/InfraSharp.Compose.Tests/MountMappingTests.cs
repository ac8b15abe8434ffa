using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Compose.Tests;

/// <summary>Mounts use the long syntax; project-relative paths keep pointing at the project from the output folder.</summary>
public sealed class MountMappingTests
{
    [Fact]
    public void Each_mount_kind_uses_the_long_syntax()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var data = s.AddVolume("data");
            s.AddService("web").WithImage("web:1")
                .WithVolume(data, "/data")
                .WithVolume(data, "/ro", readOnly: true)
                .WithAnonymousVolume("/cache")
                .WithBindMount("./src", "/code", kubernetes: BindMountOnKubernetes.Skip)
                .WithBindMount("/etc/hosts", "/hosts", readOnly: true, kubernetes: BindMountOnKubernetes.Skip)
                .WithTmpfs("/tmp", "64Mi")
                .WithTmpfs("/run");
        });

        var volumes = output.Root.At("services.web.volumes");
        Assert.Equal("volume", volumes.Text("[0].type"));
        Assert.Equal("data", volumes.Text("[0].source"));
        Assert.Equal("/data", volumes.Text("[0].target"));
        Assert.False(volumes.At("[0]").Has("read_only"));
        Assert.Equal("true", volumes.Text("[1].read_only"));
        Assert.Equal(["type", "target"], volumes.At("[2]").Keys(""));
        Assert.Equal("volume", volumes.Text("[2].type"));
        Assert.Equal("bind", volumes.Text("[3].type"));
        Assert.Equal("./src", volumes.Text("[3].source"));
        Assert.Equal("/etc/hosts", volumes.Text("[4].source"));
        Assert.Equal("true", volumes.Text("[4].read_only"));
        Assert.Equal("tmpfs", volumes.Text("[5].type"));
        Assert.Equal("67108864", volumes.Text("[5].tmpfs.size"));
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, volumes.Scalar("[5].tmpfs.size").Style);
        Assert.Equal(["type", "target"], volumes.At("[6]").Keys(""));
    }

    [Fact]
    public void Volume_subpath_is_written_and_reported_as_needing_newer_compose()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var data = s.AddVolume("data");
            s.AddService("web").WithImage("web:1").WithVolume(data, "/data", subPath: "web");
        });

        Assert.Equal("web", output.Root.Text("services.web.volumes[0].volume.subpath"));
        var info = Assert.Single(output.WithId(DiagnosticIds.NeedsNewerCompose));
        Assert.Equal("services.web.volumes[0]", info.ObjectPath);
        Assert.Equal(Severity.Info, info.Severity);
    }

    [Theory]
    [InlineData("./src", "../..", "../../src")]
    [InlineData(".", "../..", "../..")]
    [InlineData("src/app", "../..", "../../src/app")]
    [InlineData("../shared", "../..", "../../../shared")]
    [InlineData("./a/../b", "..", "../b")]
    [InlineData("sub\\dir", "../..", "../../sub/dir")]
    [InlineData("/abs/path", "../..", "/abs/path")]
    [InlineData("~/data", "../..", "~/data")]
    [InlineData("https://github.com/acme/web.git", "../..", "https://github.com/acme/web.git")]
    [InlineData("./src", null, "./src")]
    [InlineData("src", null, "src")]
    [InlineData("./src", ".", "./src")]
    [InlineData("src", ".", "./src")]
    [InlineData("./src", "/home/me/project", "/home/me/project/src")]
    [InlineData("../x", "/", "/x")]
    public void Relative_paths_are_prefixed_with_the_project_folder_seen_from_the_output(string path, string? prefix, string expected) =>
        Assert.Equal(expected, ComposePaths.FromOutput(path, prefix));

    [Fact]
    public void Every_project_relative_path_is_prefixed()
    {
        var options = new EmitOptions { ProjectDirectoryFromOutput = "../.." };
        var output = ComposeTestKit.Emit(s =>
        {
            s.AddConfig("app").FromFile("config/app.json");
            var secret = s.AddSecret("pw").FromFile("./secrets/pw.txt");
            s.AddService("web").WithBuild("./src").WithImage("web:1")
                .WithEnvironmentFile("web.env")
                .WithBindMount("./data", "/data", kubernetes: BindMountOnKubernetes.Skip)
                .WithBindMount("/var/run/docker.sock", "/var/run/docker.sock", kubernetes: BindMountOnKubernetes.Skip)
                .WithSecret(secret);
        }, options);

        Assert.Equal("../../src", output.Root.Text("services.web.build.context"));
        Assert.Equal(["../../web.env"], output.Root.Texts("services.web.env_file"));
        Assert.Equal("../../data", output.Root.Text("services.web.volumes[0].source"));
        Assert.Equal("/var/run/docker.sock", output.Root.Text("services.web.volumes[1].source"));
        Assert.Equal("../../config/app.json", output.Root.Text("configs.app.file"));
        Assert.Equal("../../secrets/pw.txt", output.Root.Text("secrets.pw.file"));
    }
}
