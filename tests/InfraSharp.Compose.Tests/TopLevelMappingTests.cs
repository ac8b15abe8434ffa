using InfraSharp.Validation;

namespace InfraSharp.Compose.Tests;

/// <summary>Top-level <c>networks</c>, <c>volumes</c>, <c>configs</c> and <c>secrets</c>.</summary>
public sealed class TopLevelMappingTests
{
    [Fact]
    public void Networks_carry_driver_options_flags_and_labels()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            s.WithLabel("team", "platform");
            s.AddNetwork("front");
            s.AddNetwork("back").AsInternal().WithDriverOption("mtu", "1400").WithLabel("tier", "back");
            s.AddNetwork("mesh").AsOverlay(attachable: true);
            s.AddNetwork("custom").WithDriver("macvlan");
            s.AddService("web").WithImage("web:1");
        });

        Assert.Equal(["back", "custom", "front", "mesh"], output.Root.Keys("networks"));
        Assert.Equal("bridge", output.Root.Text("networks.front.driver"));
        Assert.Equal("true", output.Root.Text("networks.back.internal"));
        Assert.Equal("1400", output.Root.Text("networks.back.driver_opts.mtu"));
        Assert.Equal("back", output.Root.Text("networks.back.labels.tier"));
        Assert.Equal("platform", output.Root.Text("networks.back.labels.team"));
        Assert.Equal("overlay", output.Root.Text("networks.mesh.driver"));
        Assert.Equal("true", output.Root.Text("networks.mesh.attachable"));
        Assert.Equal("macvlan", output.Root.Text("networks.custom.driver"));
        Assert.False(output.Root.Has("networks.front.internal"));
    }

    [Fact]
    public void External_network_and_volume_have_only_external_and_name()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            s.WithLabel("team", "platform");
            s.AddNetwork("shared").AsExternal("corp-net").WithLabel("x", "y");
            s.AddNetwork("same").AsExternal();
            s.AddVolume("legacy").AsExternal("legacy-data").WithDriver("local");
            s.AddService("web").WithImage("web:1");
        });

        Assert.Equal(["name", "external"], output.Root.Keys("networks.shared"));
        Assert.Equal("corp-net", output.Root.Text("networks.shared.name"));
        Assert.Equal("true", output.Root.Text("networks.shared.external"));
        Assert.Equal(["external"], output.Root.Keys("networks.same"));
        Assert.Equal(["name", "external"], output.Root.Keys("volumes.legacy"));
    }

    [Fact]
    public void Every_declared_volume_is_written_even_unused_or_empty()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            s.AddVolume("logvolume01");
            s.AddVolume("data").WithDriver("local").WithDriverOption("type", "tmpfs").WithLabel("backup", "daily");
            s.AddService("web").WithImage("web:1");
        });

        Assert.Equal(["data", "logvolume01"], output.Root.Keys("volumes"));
        Assert.Empty(output.Root.Keys("volumes.logvolume01"));
        Assert.Contains("logvolume01: {}\n", output.Yaml, StringComparison.Ordinal);
        Assert.Equal("local", output.Root.Text("volumes.data.driver"));
        Assert.Equal("tmpfs", output.Root.Text("volumes.data.driver_opts.type"));
        Assert.Equal("daily", output.Root.Text("volumes.data.labels.backup"));
    }

    [Fact]
    public void Inline_config_content_becomes_a_file_next_to_compose_yaml()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var conf = s.AddConfig("nginx.conf").FromContent("server { set $x 1; }\n");
            var external = s.AddConfig("shared").AsExternal();
            s.AddService("web").WithImage("nginx:1.27").WithConfig(conf, "/etc/nginx/nginx.conf").WithConfig(external);
        });

        Assert.Equal("./configs/nginx.conf", output.Root.At("configs").Child("nginx.conf").Text("file"));
        var file = Assert.Single(output.Files, f => f.RelativePath == "configs/nginx.conf");
        Assert.Equal("server { set $x 1; }\n", file.Content);
        Assert.Equal("true", output.Root.Text("configs.shared.external"));
        Assert.Equal("/etc/nginx/nginx.conf", output.Root.Text("services.web.configs[0].target"));
        Assert.Equal("/shared", output.Root.Text("services.web.configs[1].target"));
        Assert.Equal("shared", output.Root.Text("services.web.configs[1].source"));
        Assert.DoesNotContain("content", output.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_name_that_is_not_a_file_name_is_reported_and_writes_no_file()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var conf = s.AddConfig("../escape").FromContent("x");
            s.AddService("web").WithImage("nginx:1.27").WithConfig(conf);
        });

        Assert.Single(output.WithId(DiagnosticIds.InvalidName));
        Assert.Single(output.Files);
    }

    [Fact]
    public void Secrets_come_from_files_external_or_environment_and_are_mounted_with_a_target()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var file = s.AddSecret("db-password").FromFile("secrets/db.txt");
            var external = s.AddSecret("api-key").AsExternal();
            var environment = s.AddSecret("token").FromEnvironment("TOKEN");
            s.AddService("web").WithImage("web:1").WithSecret(file).WithSecret(external, "/keys/api").WithSecret(environment);
        });

        Assert.Equal("secrets/db.txt", output.Root.Text("secrets.db-password.file"));
        Assert.Equal("true", output.Root.Text("secrets.api-key.external"));
        Assert.Equal("TOKEN", output.Root.Text("secrets.token.environment"));
        Assert.Equal("/run/secrets/db-password", output.Root.Text("services.web.secrets[0].target"));
        Assert.Equal("/keys/api", output.Root.Text("services.web.secrets[1].target"));
        var info = Assert.Single(output.WithId(DiagnosticIds.NeedsNewerCompose));
        Assert.Equal("secrets.token", info.ObjectPath);
        Assert.Contains("docker-compose 1.29", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_without_source_is_reported()
    {
        var output = ComposeTestKit.Emit(s => s.AddSecret("orphan"));

        Assert.Equal(Severity.Error, Assert.Single(output.WithId(DiagnosticIds.MissingSource)).Severity);
    }

    [Fact]
    public void Stack_customization_can_add_top_level_extensions()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            s.AddService("web").WithImage("web:1");
            s.ConfigureCompose(f => f.Extensions = new() { ["x-common"] = new Dictionary<string, string> { ["a"] = "$b" } });
        });

        Assert.Equal("$b", output.Root.Text("x-common.a"));
        Assert.Contains("a: \"$$b\"", output.Yaml, StringComparison.Ordinal);
    }
}
