using InfraSharp.Model;

namespace InfraSharp.Tests.Builders;

public class ServiceBuilderTests
{
    [Fact]
    public void Services_volumes_and_networks_keep_declaration_order()
    {
        var stack = StackBuilder.Build("shop", s =>
        {
            s.AddNetwork("front");
            s.AddNetwork("back");
            s.AddVolume("b");
            s.AddVolume("a");
            s.AddService("web").WithImage("nginx:1.27");
            s.AddService("api").WithImage("api:1");
        });
        Assert.Equal(["web", "api"], stack.Services.Select(x => x.Name));
        Assert.Equal(["b", "a"], stack.Volumes.Select(x => x.Name));
        Assert.Equal(["front", "back"], stack.Networks.Select(x => x.Name));
    }

    [Fact]
    public void Typed_handles_reference_the_declared_objects()
    {
        ServiceDefinition? web = null;
        var stack = StackBuilder.Build("shop", s =>
        {
            var data = s.AddVolume("data");
            var back = s.AddNetwork("back");
            var db = s.AddService("db").WithImage("postgres:16").WithHealthCheck(Probe.Exec("pg_isready"));
            web = s.AddService("web").WithImage("web:1").WithVolume(data, "/data", readOnly: true).WithNetwork(back, ["www"])
                .WaitFor(db).Definition;
        });
        var mount = Assert.IsType<VolumeMount>(Assert.Single(web!.Mounts));
        Assert.Same(stack.Volumes[0], mount.Volume);
        Assert.True(mount.ReadOnly);
        var attachment = Assert.Single(web.Networks);
        Assert.Same(stack.Networks[0], attachment.Network);
        Assert.Equal(["www"], attachment.Aliases);
        Assert.Same(stack.Services[0], Assert.Single(web.DependsOn).Service);
    }

    [Fact]
    public void WaitFor_waits_for_healthy_only_when_the_dependency_has_a_health_check()
    {
        var stack = StackBuilder.Build("s", s =>
        {
            var checkedDb = s.AddService("db").WithImage("postgres:16").WithHealthCheck(Probe.Tcp(5432));
            var plain = s.AddService("cache").WithImage("redis:7");
            s.AddService("api").WithImage("api:1").WaitFor(checkedDb).WaitFor(plain);
        });
        var api = stack.Services[2];
        Assert.Equal(DependencyCondition.Healthy, api.DependsOn[0].EffectiveCondition);
        Assert.Equal(DependencyCondition.Started, api.DependsOn[1].EffectiveCondition);
    }

    [Fact]
    public void Port_without_host_port_is_published_on_the_same_number_and_internal_ports_are_not()
    {
        var stack = StackBuilder.Build("s", s => s.AddService("web").WithImage("web:1").WithPort(5000).WithInternalPort(9090));
        var ports = stack.Services[0].Ports;
        Assert.Equal(5000, ports[0].PublishedPort);
        Assert.True(ports[0].IsPublished);
        Assert.Null(ports[1].PublishedPort);
    }

    [Fact]
    public void Calls_record_the_source_line_for_diagnostics()
    {
        var stack = StackBuilder.Build("s", s => s.AddService("web").WithImage("web:1").WithPort(70000));
        var port = stack.Services[0].Ports[0];
        Assert.EndsWith("ServiceBuilderTests.cs", port.Location.FilePath);
        Assert.True(port.Location.Line > 0);
        Assert.Equal(stack.Services[0].Location.Line, port.Location.Line);
    }

    [Fact]
    public void Setting_an_environment_variable_twice_keeps_the_last_value_in_first_position()
    {
        var stack = StackBuilder.Build("s", s => s.AddService("web").WithImage("web:1")
            .WithEnvironment("A", "1").WithEnvironment("B", "2").WithEnvironment("A", "3"));
        Assert.Equal([new("B", "2"), new("A", "3")], stack.Services[0].Environment);
    }

    [Fact]
    public void Sidecars_and_init_containers_belong_to_their_service_pod()
    {
        var stack = StackBuilder.Build("s", s =>
        {
            var logs = s.AddVolume("logs");
            s.AddService("web").WithImage("web:1").WithVolume(logs, "/var/log/app")
                .WithSidecar("shipper", c => c.WithImage("fluent-bit:3.1").WithVolume(logs, "/logs", readOnly: true))
                .WithInitContainer("migrate", c => c.WithImage("web:1").WithCommand("migrate"));
        });
        var web = stack.Services[0];
        Assert.Equal(["web", "shipper"], web.PodContainers.Select(c => c.Name));
        Assert.Equal("migrate", Assert.Single(web.InitContainers).Name);
        Assert.Single(stack.Services);
    }

    [Fact]
    public void Build_with_image_name_sets_both_build_and_image()
    {
        var stack = StackBuilder.Build("s", s => s.AddService("web").WithBuild(".", image: "ghcr.io/acme/web:1.4", dockerfile: "Dockerfile.prod")
            .WithBuildArg("CONFIG", "Release"));
        var web = stack.Services[0];
        Assert.Equal("ghcr.io/acme/web:1.4", web.Image);
        Assert.Equal(".", web.Build!.Context);
        Assert.Equal("Dockerfile.prod", web.Build.Dockerfile);
        Assert.Equal("Release", web.Build.Args["CONFIG"]);
    }

    [Fact]
    public void Kubernetes_workload_kinds_are_recorded()
    {
        var stack = StackBuilder.Build("s", s =>
        {
            s.AddService("db").WithImage("postgres:16").AsStatefulSet();
            s.AddService("migrate").WithImage("api:1").AsJob();
            s.AddService("report").WithImage("api:1").AsCronJob("0 3 * * *");
        });
        Assert.Equal([WorkloadKind.StatefulSet, WorkloadKind.Job, WorkloadKind.CronJob], stack.Services.Select(x => x.Workload));
        Assert.Equal("0 3 * * *", stack.Services[2].Schedule);
    }

    [Fact]
    public void Ingress_defaults_to_the_first_service_port()
    {
        var stack = StackBuilder.Build("s", s => s.AddService("web").WithImage("web:1").WithInternalPort(8080).WithIngress("shop.example.com"));
        var ingress = Assert.Single(stack.Services[0].Ingresses);
        Assert.Equal(8080, ingress.Port);
        Assert.Equal("/", ingress.Path);
    }

    [Fact]
    public void Probe_timings_are_copied_not_shared()
    {
        var probe = Probe.Http("/healthz", 8080);
        var slow = probe.WithTimings(interval: TimeSpan.FromMinutes(1), retries: 5);
        Assert.Equal(TimeSpan.FromSeconds(10), probe.Interval);
        Assert.Equal(TimeSpan.FromMinutes(1), slow.Interval);
        Assert.Equal(5, slow.Retries);
        Assert.NotEqual(probe, slow);
        Assert.Equal(Probe.Exec("a", "b"), Probe.Exec("a", "b"));
    }
}
