using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Services as Deployments, StatefulSets, Jobs and CronJobs, and their pod and container settings.</summary>
public sealed class WorkloadMappingTests
{
    private static KubernetesOutput Emit(Action<IStackBuilder> define) => KubernetesOutput.Emit("s", define);

    [Fact]
    public void Service_without_replicas_becomes_a_Deployment_with_one_replica_and_no_Service()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("nginx:1.25"));
        var deployment = output.Read<V1Deployment>("kubernetes/deployment-web.yaml");
        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.Null(deployment.Spec.Strategy);
        Assert.Equal("nginx:1.25", deployment.Spec.Template.Spec.Containers.Single().Image);
        Assert.False(output.Has("kubernetes/service-web.yaml"));
        Assert.Equal(["kubernetes/deployment-web.yaml", "kubernetes/kustomization.yaml"], output.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Labels_combine_selector_managed_by_stack_and_service_labels_and_users_cannot_override_the_selector()
    {
        var output = Emit(stack =>
        {
            stack.WithLabel("team", "a");
            stack.AddService("web").WithImage("nginx:1.25").WithLabel("tier", "front").WithLabel("app.kubernetes.io/name", "evil");
        });
        var deployment = output.Read<V1Deployment>("kubernetes/deployment-web.yaml");
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = "web", ["app.kubernetes.io/part-of"] = "s" },
            deployment.Spec.Selector.MatchLabels);
        Assert.Equal("web", deployment.Metadata.Labels["app.kubernetes.io/name"]);
        Assert.Equal("infrasharp", deployment.Metadata.Labels["app.kubernetes.io/managed-by"]);
        Assert.Equal("a", deployment.Metadata.Labels["team"]);
        Assert.Equal("front", deployment.Spec.Template.Metadata.Labels["tier"]);
    }

    [Fact]
    public void Replicas_and_rolling_update_map_to_the_Deployment_strategy()
    {
        var deployment = Emit(stack => stack.AddService("api").WithImage("api:1").WithReplicas(3).WithRollingUpdate(2, 1))
            .Read<V1Deployment>("kubernetes/deployment-api.yaml");
        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal("RollingUpdate", deployment.Spec.Strategy.Type);
        Assert.Equal("2", deployment.Spec.Strategy.RollingUpdate.MaxSurge.Value);
        Assert.Equal("1", deployment.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
    }

    [Fact]
    public void Container_settings_map_to_the_container()
    {
        var container = Emit(stack => stack.AddService("w").WithImage("w:1")
                .WithEntrypoint("/bin/w").WithCommand("run", "--fast").WithWorkingDirectory("/srv")
                .WithEnvironment("B", "2").WithEnvironment("A", "1").WithPullPolicy(PullPolicy.Missing)
                .WithResources(cpuRequest: "0.5", cpuLimit: "1", memoryRequest: "128Mi", memoryLimit: "512Mi")
                .WithPort(8080, 80, name: "http").WithInternalPort(9000, PortProtocol.Udp))
            .Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec.Containers.Single();
        Assert.Equal(["/bin/w"], container.Command);
        Assert.Equal(["run", "--fast"], container.Args);
        Assert.Equal("/srv", container.WorkingDir);
        Assert.Equal(["B", "A"], container.Env.Select(e => e.Name));
        Assert.Equal("IfNotPresent", container.ImagePullPolicy);
        Assert.Equal("500m", container.Resources.Requests["cpu"].ToString());
        Assert.Equal("512Mi", container.Resources.Limits["memory"].ToString());
        Assert.Equal([(8080, "TCP", "http"), (9000, "UDP", (string?)null)], container.Ports.Select(p => (p.ContainerPort, p.Protocol, (string?)p.Name)));
    }

    [Theory]
    [InlineData("exec")]
    [InlineData("http")]
    [InlineData("tcp")]
    public void Health_check_becomes_readiness_and_liveness_probes(string kind)
    {
        var probe = (kind switch { "exec" => Probe.Exec("check", "--quick"), "http" => Probe.Http("/ready", 8080), _ => Probe.Tcp(5432) })
            .WithTimings(interval: TimeSpan.FromMilliseconds(2500), timeout: TimeSpan.FromMilliseconds(200), retries: 0, startPeriod: TimeSpan.FromSeconds(20));
        var container = Emit(stack => stack.AddService("w").WithImage("w:1").WithHealthCheck(probe))
            .Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec.Containers.Single();
        foreach (var result in new[] { container.ReadinessProbe, container.LivenessProbe })
        {
            Assert.Equal(3, result.PeriodSeconds);
            Assert.Equal(1, result.TimeoutSeconds);
            Assert.Equal(1, result.FailureThreshold);
            Assert.Equal(20, result.InitialDelaySeconds);
            switch (kind)
            {
                case "exec": Assert.Equal(["check", "--quick"], result.Exec.Command); break;
                case "http": Assert.Equal(("/ready", "8080"), (result.HttpGet.Path, result.HttpGet.Port.Value)); break;
                default: Assert.Equal("5432", result.TcpSocket.Port.Value); break;
            }
        }
    }

    [Fact]
    public void Security_settings_map_to_the_container_security_context()
    {
        var context = Emit(stack => stack.AddService("w").WithImage("w:1").WithPrivileged().WithReadOnlyRootFilesystem()
                .WithAddedCapabilities("NET_ADMIN").WithDroppedCapabilities("ALL").WithUser("1000:2000").WithSecurityOption("no-new-privileges"))
            .Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec.Containers.Single().SecurityContext;
        Assert.True(context.Privileged);
        Assert.True(context.ReadOnlyRootFilesystem);
        Assert.Equal(["NET_ADMIN"], context.Capabilities.Add);
        Assert.Equal(["ALL"], context.Capabilities.Drop);
        Assert.Equal(1000, context.RunAsUser);
        Assert.Equal(2000, context.RunAsGroup);
        Assert.False(context.AllowPrivilegeEscalation);
    }

    [Fact]
    public void Non_numeric_user_reports_ISH4005_and_sets_no_run_as_user()
    {
        var output = Emit(stack => stack.AddService("w").WithImage("w:1").WithUser("postgres"));
        var diagnostic = Assert.Single(output.Reported(DiagnosticIds.NonNumericUserOnKubernetes));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("postgres", diagnostic.Message);
        Assert.Null(output.Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec.Containers.Single().SecurityContext);
    }

    [Fact]
    public void Pod_settings_map_to_the_pod_spec()
    {
        var spec = Emit(stack => stack.AddService("w").WithImage("w:1")
                .WithExtraHost("b.local", "10.0.0.5").WithExtraHost("a.local", "10.0.0.5").WithExtraHost("c.local", "10.0.0.1")
                .WithDns("1.1.1.1").WithStopGracePeriod(TimeSpan.FromSeconds(45)).WithSysctl("net.core.somaxconn", "1024")
                .WithNodeSelector("disk", "ssd").WithHostname("worker-1")
                .WithSidecar("side", s => s.WithImage("side:1")).WithInitContainer("init", i => i.WithImage("init:1")))
            .Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec;
        Assert.Equal([("10.0.0.1", "c.local"), ("10.0.0.5", "a.local,b.local")],
            spec.HostAliases.Select(h => (h.Ip, string.Join(",", h.Hostnames))));
        Assert.Equal("None", spec.DnsPolicy);
        Assert.Equal(["1.1.1.1"], spec.DnsConfig.Nameservers);
        Assert.Equal(45, spec.TerminationGracePeriodSeconds);
        Assert.Equal(("net.core.somaxconn", "1024"), (spec.SecurityContext.Sysctls.Single().Name, spec.SecurityContext.Sysctls.Single().Value));
        Assert.Equal("ssd", spec.NodeSelector["disk"]);
        Assert.Equal("worker-1", spec.Hostname);
        Assert.Equal(["w", "side"], spec.Containers.Select(c => c.Name));
        Assert.Equal(["init"], spec.InitContainers.Select(c => c.Name));
        Assert.Null(spec.HostNetwork);
    }

    [Fact]
    public void Host_network_mode_sets_host_network()
    {
        var spec = Emit(stack => stack.AddService("w").WithImage("w:1").WithNetworkMode(NetworkMode.Host))
            .Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec;
        Assert.True(spec.HostNetwork);
    }

    [Fact]
    public void StatefulSet_gets_a_headless_Service_and_claim_templates_instead_of_a_claim()
    {
        var output = Emit(stack =>
        {
            var data = stack.AddVolume("data").WithSize("5Gi");
            stack.AddService("db").WithImage("postgres:16").WithVolume(data, "/var/lib/postgresql/data").WithInternalPort(5432).AsStatefulSet();
        });
        var set = output.Read<V1StatefulSet>("kubernetes/statefulset-db.yaml");
        Assert.Equal("db-headless", set.Spec.ServiceName);
        var template = Assert.Single(set.Spec.VolumeClaimTemplates);
        Assert.Equal("data", template.Metadata.Name);
        Assert.Equal("5Gi", template.Spec.Resources.Requests["storage"].ToString());
        Assert.Equal("data", set.Spec.Template.Spec.Containers.Single().VolumeMounts.Single().Name);
        Assert.Null(set.Spec.Template.Spec.Volumes);
        Assert.False(output.Has("kubernetes/persistentvolumeclaim-data.yaml"));
        var headless = output.Read<V1Service>("kubernetes/service-db-headless.yaml");
        Assert.Equal("None", headless.Spec.ClusterIP);
        Assert.Equal(set.Spec.Selector.MatchLabels, headless.Spec.Selector);
        Assert.True(output.Has("kubernetes/service-db.yaml"));
    }

    [Theory]
    [InlineData(null, "OnFailure")]
    [InlineData(RestartPolicy.No, "Never")]
    [InlineData(RestartPolicy.OnFailure, "OnFailure")]
    public void Job_restart_policy_follows_the_service_restart(RestartPolicy? restart, string expected)
    {
        var output = Emit(stack =>
        {
            var job = stack.AddService("seed").WithImage("seed:1").AsJob();
            if (restart is { } policy)
            {
                job.WithRestart(policy);
            }
        });
        var job = output.Read<V1Job>("kubernetes/job-seed.yaml");
        Assert.Equal(expected, job.Spec.Template.Spec.RestartPolicy);
        Assert.Empty(output.Reported(DiagnosticIds.RestartPolicyOnLongRunningWorkload));
    }

    [Fact]
    public void CronJob_carries_the_schedule_and_a_job_template()
    {
        var cron = Emit(stack => stack.AddService("backup").WithImage("backup:1").AsCronJob("0 3 * * *"))
            .Read<V1CronJob>("kubernetes/cronjob-backup.yaml");
        Assert.Equal("0 3 * * *", cron.Spec.Schedule);
        Assert.Equal("OnFailure", cron.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy);
        Assert.Equal("backup", cron.Spec.JobTemplate.Spec.Template.Metadata.Labels["app.kubernetes.io/name"]);
    }

    [Theory]
    [InlineData(RestartPolicy.No)]
    [InlineData(RestartPolicy.OnFailure)]
    public void Restart_that_a_Deployment_cannot_keep_reports_ISH4006(RestartPolicy restart)
    {
        var output = Emit(stack => stack.AddService("w").WithImage("w:1").WithRestart(restart));
        var diagnostic = Assert.Single(output.Reported(DiagnosticIds.RestartPolicyOnLongRunningWorkload));
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Contains("AsJob()", diagnostic.Fix);
    }

    [Fact]
    public void Depends_on_is_annotated_and_reported()
    {
        var output = Emit(stack =>
        {
            var db = stack.AddService("db").WithImage("db:1");
            var cache = stack.AddService("cache").WithImage("cache:1");
            stack.AddService("web").WithImage("web:1").WaitFor(db).WaitFor(cache);
        });
        var web = output.Read<V1Deployment>("kubernetes/deployment-web.yaml");
        Assert.Equal("db,cache", web.Metadata.Annotations["infrasharp.io/depends-on"]);
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.ObjectPath == "services.web.depends_on");
    }

    [Fact]
    public void Compose_only_settings_are_each_reported_as_ISH4004()
    {
        var output = Emit(stack =>
        {
            var db = stack.AddService("db").WithImage("db:1");
            stack.AddService("web").WithImage("web:1").WithLink(db).WithEnvironmentFile(".env").WithLogging("json-file")
                .WithUlimit("nofile", 1024, 2048).WithInit().WithStopSignal("SIGINT").WithProfiles("dev")
                .WithContainerName("web-1").WithSecurityOption("seccomp:unconfined");
        });
        var paths = output.Reported(DiagnosticIds.NotExpressibleInKubernetes).Select(d => d.ObjectPath).ToList();
        foreach (var expected in new[] { "links", "env_file", "logging", "ulimits", "init", "stop_signal", "profiles", "container_name", "security_opt" })
        {
            Assert.Contains("services.web." + expected, paths);
        }
        Assert.All(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => Assert.False(string.IsNullOrWhiteSpace(d.Fix)));
    }

    [Fact]
    public void Invalid_quantity_is_reported_not_thrown()
    {
        var output = Emit(stack => stack.AddService("w").WithImage("w:1").WithResources(cpuLimit: "lots"));
        Assert.Contains(output.Reported(DiagnosticIds.InvalidQuantity), d => d.Message.Contains("lots", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_without_image_does_not_crash()
    {
        var output = Emit(stack => stack.AddService("w").WithBuild("."));
        Assert.Null(output.Read<V1Deployment>("kubernetes/deployment-w.yaml").Spec.Template.Spec.Containers.Single().Image);
    }
}
