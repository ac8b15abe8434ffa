using System.Text.Json;
using InfraSharp.Validation;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>WaitFor as init containers that wait for the dependency's Service (opt-in with WithKubernetesWaitImage).</summary>
public sealed class WaitContainerTests
{
    private const string WaitImage = "busybox:1.36";

    private static KubernetesOutput Emit(Action<IStackBuilder> define) => KubernetesOutput.Emit("s", define);

    private static V1PodSpec PodOf(KubernetesOutput output, string service) =>
        output.Read<V1Deployment>($"kubernetes/deployment-{service}.yaml").Spec.Template.Spec;

    private static IReadOnlyList<StackDiagnostic> DependsOnInfos(KubernetesOutput output) =>
        output.Reported(DiagnosticIds.NotExpressibleInKubernetes).Where(d => d.ObjectPath.Contains(".depends_on", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Healthy_dependency_becomes_a_wait_container_on_its_first_service_port()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432).WithInternalPort(9187).WithHealthCheck(Probe.Tcp(5432));
            stack.AddService("web").WithImage("web:1").WaitFor(db);
        });
        var pod = PodOf(output, "web");
        var wait = Assert.Single(pod.InitContainers);
        Assert.Equal("wait-for-db", wait.Name);
        Assert.Equal(WaitImage, wait.Image);
        Assert.Equal(["sh", "-c", "until nc -z db 5432; do echo waiting for db; sleep 2; done"], wait.Command);
        Assert.Null(wait.Args);
        Assert.Equal("10m", wait.Resources.Requests["cpu"].ToString());
        Assert.Equal("16Mi", wait.Resources.Requests["memory"].ToString());
        Assert.Equal("50m", wait.Resources.Limits["cpu"].ToString());
        Assert.Equal("32Mi", wait.Resources.Limits["memory"].ToString());
        Assert.True(wait.SecurityContext.RunAsNonRoot);
        Assert.Equal(65534, wait.SecurityContext.RunAsUser);
        Assert.False(wait.SecurityContext.AllowPrivilegeEscalation);
        Assert.True(wait.SecurityContext.ReadOnlyRootFilesystem);
        Assert.Equal(["ALL"], wait.SecurityContext.Capabilities.Drop);
        var annotations = output.Read<V1Deployment>("kubernetes/deployment-web.yaml").Metadata.Annotations;
        Assert.Equal("db", annotations["infrasharp.io/depends-on"]);
        Assert.Empty(DependsOnInfos(output));
    }

    [Fact]
    public void Wait_port_is_the_published_service_port_not_the_container_port()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var api = stack.AddService("api").WithImage("api:1").WithPort(8080, 80);
            stack.AddService("web").WithImage("web:1").WaitFor(api);
        });
        var service = output.Read<V1Service>("kubernetes/service-api.yaml");
        Assert.Equal(80, service.Spec.Ports[0].Port);
        Assert.Contains("nc -z api 80;", Assert.Single(PodOf(output, "web").InitContainers).Command[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Started_dependency_without_health_check_also_gets_a_wait_container()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var cache = stack.AddService("cache").WithImage("redis:7.2").WithInternalPort(6379);
            stack.AddService("web").WithImage("web:1").WaitFor(cache, DependencyCondition.Started);
        });
        Assert.Equal("wait-for-cache", Assert.Single(PodOf(output, "web").InitContainers).Name);
        Assert.Empty(DependsOnInfos(output));
    }

    [Fact]
    public void Completion_of_a_Job_cannot_be_waited_for_and_stays_ISH4004_with_the_reason()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var migrate = stack.AddService("migrate").WithImage("migrate:1").WithInternalPort(8080).AsJob();
            stack.AddService("web").WithImage("web:1").WaitForCompletion(migrate);
        });
        Assert.Null(PodOf(output, "web").InitContainers);
        var info = Assert.Single(DependsOnInfos(output));
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal("services.web.depends_on.migrate", info.ObjectPath);
        Assert.Contains("complete", info.Message, StringComparison.Ordinal);
        Assert.Contains("WithInitContainer", info.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependency_without_ports_has_no_Service_and_stays_ISH4004_with_the_reason()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var worker = stack.AddService("worker").WithImage("worker:1");
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432);
            stack.AddService("web").WithImage("web:1").WaitFor(worker).WaitFor(db);
        });
        Assert.Equal(["wait-for-db"], PodOf(output, "web").InitContainers.Select(c => c.Name));
        var info = Assert.Single(DependsOnInfos(output));
        Assert.Equal("services.web.depends_on.worker", info.ObjectPath);
        Assert.Contains("opens no ports", info.Message, StringComparison.Ordinal);
        Assert.Contains("WithPort", info.Fix, StringComparison.Ordinal);
        Assert.Equal("worker,db", output.Read<V1Deployment>("kubernetes/deployment-web.yaml").Metadata.Annotations["infrasharp.io/depends-on"]);
    }

    [Fact]
    public void Dependency_with_only_udp_ports_stays_ISH4004()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var dns = stack.AddService("dns").WithImage("coredns:1.11").WithInternalPort(53, PortProtocol.Udp);
            stack.AddService("web").WithImage("web:1").WaitFor(dns);
        });
        Assert.Null(PodOf(output, "web").InitContainers);
        Assert.Contains("UDP", Assert.Single(DependsOnInfos(output)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_network_pod_cannot_resolve_the_Service_and_stays_ISH4004()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432);
            stack.AddService("web").WithImage("web:1").WithNetworkMode(NetworkMode.Host).WaitFor(db);
        });
        Assert.Null(PodOf(output, "web").InitContainers);
        Assert.Contains("cluster DNS", Assert.Single(DependsOnInfos(output)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wait_containers_come_before_user_init_containers_and_never_clash_with_their_names()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432);
            var cache = stack.AddService("cache").WithImage("redis:7.2").WithInternalPort(6379);
            stack.AddService("web").WithImage("web:1")
                .WithInitContainer("wait-for-db", i => i.WithImage("init:1"))
                .WaitFor(db).WaitFor(cache).WaitFor(db);
        });
        var names = PodOf(output, "web").InitContainers.Select(c => c.Name).ToList();
        Assert.Equal(["wait-for-db-2", "wait-for-cache", "wait-for-db"], names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name));
    }

    [Fact]
    public void Long_dependency_name_gives_a_wait_container_name_of_at_most_63_characters()
    {
        var longName = new string('d', 60);
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService(longName).WithImage("postgres:16").WithInternalPort(5432);
            stack.AddService("web").WithImage("web:1").WaitFor(db);
        });
        var wait = Assert.Single(PodOf(output, "web").InitContainers);
        Assert.True(wait.Name.Length <= 63, wait.Name);
        Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", wait.Name);
        Assert.Contains($"nc -z {longName} 5432;", wait.Command[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_wait_image_there_is_no_wait_container_and_the_fix_names_WithKubernetesWaitImage()
    {
        var output = Emit(stack =>
        {
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432).WithHealthCheck(Probe.Tcp(5432));
            stack.AddService("web").WithImage("web:1").WaitFor(db);
        });
        Assert.Null(PodOf(output, "web").InitContainers);
        var info = Assert.Single(DependsOnInfos(output));
        Assert.Equal("services.web.depends_on", info.ObjectPath);
        Assert.Contains("WithKubernetesWaitImage", info.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_and_StatefulSet_dependants_get_wait_containers_too()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432);
            stack.AddService("seed").WithImage("seed:1").AsJob().WaitFor(db);
            stack.AddService("store").WithImage("store:1").AsStatefulSet().WaitFor(db);
        });
        Assert.Equal("wait-for-db", Assert.Single(output.Read<V1Job>("kubernetes/job-seed.yaml").Spec.Template.Spec.InitContainers).Name);
        Assert.Equal("wait-for-db", Assert.Single(output.Read<V1StatefulSet>("kubernetes/statefulset-store.yaml").Spec.Template.Spec.InitContainers).Name);
    }

    [Fact]
    public void Workloads_with_wait_containers_read_back_strictly_and_pass_the_OpenAPI_schema()
    {
        var output = Emit(stack =>
        {
            stack.WithKubernetesWaitImage(WaitImage);
            var db = stack.AddService("db").WithImage("postgres:16").WithInternalPort(5432).WithHealthCheck(Probe.Tcp(5432));
            stack.AddService("seed").WithImage("seed:1").AsJob().WaitFor(db);
            stack.AddService("web").WithImage("web:1").WithInitContainer("init", i => i.WithImage("init:1")).WaitFor(db);
        });
        var objects = output.Objects();
        Assert.Contains(objects, o => o.Object is V1Deployment { Spec.Template.Spec.InitContainers.Count: 2 });
        foreach (var (file, item) in objects)
        {
            using var json = JsonDocument.Parse(KubernetesJson.Serialize(item));
            var errors = KubernetesSchema.Instance.Validate(json.RootElement);
            Assert.True(errors.Count == 0, $"{file.RelativePath}:\n{string.Join("\n", errors.Take(10))}");
        }
    }
}
