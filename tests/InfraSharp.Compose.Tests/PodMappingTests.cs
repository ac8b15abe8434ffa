namespace InfraSharp.Compose.Tests;

/// <summary>Sidecars and init containers become sibling services that share the main service's pod-like settings.</summary>
public sealed class PodMappingTests
{
    [Fact]
    public void Sidecar_shares_the_main_network_namespace_and_its_ports_move_to_the_main_service()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var logs = s.AddVolume("logs");
            var front = s.AddNetwork("front");
            s.AddService("web").WithImage("web:1").WithPort(80).WithNetwork(front, ["www"]).WithRestart(RestartPolicy.Always)
                .WithLabel("app", "web").WithProfiles("full")
                .WithSidecar("metrics", c => c.WithImage("exporter:1").WithPort(9102).WithInternalPort(9103).WithVolume(logs, "/logs", readOnly: true)
                    .WithEnvironment("MODE", "sidecar"));
        });

        Assert.Equal(["web", "web-metrics"], output.Root.Keys("services"));
        var sidecar = output.Root.At("services.web-metrics");
        Assert.Equal("service:web", sidecar.Text("network_mode"));
        Assert.Equal("service_started", sidecar.Text("depends_on.web.condition"));
        Assert.False(sidecar.Has("ports"));
        Assert.False(sidecar.Has("expose"));
        Assert.False(sidecar.Has("networks"));
        Assert.Equal("logs", sidecar.Text("volumes[0].source"));
        Assert.Equal("sidecar", sidecar.Text("environment.MODE"));
        Assert.Equal("always", sidecar.Text("restart"));
        Assert.Equal("web", sidecar.Text("labels.app"));
        Assert.Equal(["full"], sidecar.Texts("profiles"));
        Assert.Equal(["80:80", "9102:9102"], output.Root.Texts("services.web.ports"));
        Assert.Equal(["9103"], output.Root.Texts("services.web.expose"));
    }

    [Fact]
    public void Init_containers_run_in_order_before_the_main_service_on_its_networks()
    {
        var output = ComposeTestKit.Emit(s =>
        {
            var back = s.AddNetwork("back");
            s.AddService("api").WithImage("api:1").WithNetwork(back, ["backend"]).WithRestart(RestartPolicy.Always)
                .WithInitContainer("wait", c => c.WithImage("busybox:1.36").WithCommand("sh", "-c", "sleep 1"))
                .WithInitContainer("seed", c => c.WithImage("seed:1"));
        });

        var wait = output.Root.At("services.api-wait");
        Assert.Equal("no", wait.Text("restart"));
        Assert.Equal(["back"], wait.Keys("networks"));
        Assert.Empty(wait.Keys("networks.back"));
        Assert.False(wait.Has("depends_on"));
        var seed = output.Root.At("services.api-seed");
        Assert.Equal("service_completed_successfully", seed.Text("depends_on.api-wait.condition"));
        Assert.Equal("service_completed_successfully", output.Root.Text("services.api.depends_on.api-wait.condition"));
        Assert.Equal("service_completed_successfully", output.Root.Text("services.api.depends_on.api-seed.condition"));
    }

    [Fact]
    public void Init_container_of_a_host_network_service_uses_the_host_network()
    {
        var output = ComposeTestKit.Emit(s => s.AddService("agent").WithImage("agent:1").WithNetworkMode(NetworkMode.Host)
            .WithInitContainer("prepare", c => c.WithImage("busybox:1.36")));

        Assert.Equal("host", output.Root.Text("services.agent-prepare.network_mode"));
    }

    [Fact]
    public void Service_customization_changes_the_main_service_only()
    {
        var output = ComposeTestKit.Emit(s => s.AddService("web").WithImage("web:1")
            .WithSidecar("log", c => c.WithImage("log:1"))
            .ConfigureCompose(c => c.Hostname = "custom"));

        Assert.Equal("custom", output.Root.Text("services.web.hostname"));
        Assert.False(output.Root.Has("services.web-log.hostname"));
    }
}
