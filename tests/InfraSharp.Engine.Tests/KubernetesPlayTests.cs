using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>Scenario 6: podman kube play runs the emitted Deployment with its PersistentVolumeClaim and ConfigMap.</summary>
[Collection(EngineCollection.Name)]
public sealed class KubernetesPlayTests(EngineFixture engine)
{
    [Fact]
    public async Task Played_deployment_mounts_claim_and_config_keeps_claim_data_across_kube_down_and_has_replicas_and_probes()
    {
        // Kubernetes object names come from the model's names: a per-run suffix keeps them unique on the engine.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var service = "app-" + suffix;
        var claim = "data-" + suffix;
        var stack = StackBuilder.Build("kube-" + suffix, s =>
        {
            var data = s.AddVolume(claim).WithSize("64Mi");
            var greeting = s.AddConfig("greeting-" + suffix).FromContent("hello-from-configmap");
            s.AddBusybox(service)
                .WithCommand(TestServices.Idle)
                .WithVolume(data, "/data")
                .WithConfig(greeting, "/etc/greeting")
                .WithHealthCheck(Probe.Exec("test", "-d", "/data").WithTimings(interval: TimeSpan.FromSeconds(5)))
                .WithReplicas(2);
        });
        await using var kube = KubePlay.Create(engine, stack);
        var deployment = Assert.Single(kube.Deployments);
        Assert.Single(kube.Claims);
        Assert.NotEmpty(kube.ConfigMaps);
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers).Name;

        await kube.PlayAsync(kube.PlayFile);

        // Replicas: podman makes one pod per replica. Probes: the liveness probe becomes the container's health check.
        var pods = await kube.PodsOfAsync(deployment);
        Assert.True(pods.Length == 2, $"expected 2 pods (replicas: 2), found [{string.Join(", ", pods)}]\nplayed:\n{File.ReadAllText(kube.PlayFile)}");
        var healthCheck = await engine.Podman("inspect", "--format", "{{json .Config.Healthcheck}}", pods[0] + "-" + container);
        Assert.Contains("/data", healthCheck.Output, StringComparison.Ordinal);
        Assert.NotNull(deployment.Spec.Template.Spec.Containers[0].ReadinessProbe);

        // podman 4.3 ignores subPath on configMap volumes and mounts the whole map as a folder; Kubernetes mounts the
        // one key as a file. Read whichever is there, and check the emitted subPath names a key of the map.
        var mount = Assert.Single(deployment.Spec.Template.Spec.Containers[0].VolumeMounts, m => m.MountPath == "/etc/greeting");
        var configMap = Assert.Single(kube.ConfigMaps, m => deployment.Spec.Template.Spec.Volumes
            .Any(v => v.Name == mount.Name && v.ConfigMap?.Name == m.Metadata.Name));
        Assert.Contains(mount.SubPath, configMap.Data.Keys);
        var config = await kube.ExecAsync(pods[0], container, "sh", "-c",
            "if test -d /etc/greeting; then cat /etc/greeting/" + mount.SubPath + "; else cat /etc/greeting; fi");
        Assert.True(config.Succeeded && config.Output.TrimEnd('\n') == "hello-from-configmap",
            config.Describe("read the ConfigMap value") + "\nplayed:\n" + File.ReadAllText(kube.PlayFile));
        var mounts = await kube.ExecAsync(pods[0], container, "cat", "/proc/mounts");
        Assert.Contains(" /data ", mounts.Output, StringComparison.Ordinal);
        (await kube.ExecAsync(pods[0], container, "sh", "-c", "echo persisted > /data/f")).EnsureSuccess("write into the claim");
        // Both replicas mount the same claim volume.
        Assert.Equal("persisted\n", (await kube.ExecAsync(pods[1], container, "cat", "/data/f")).Output);

        await kube.DownAsync(kube.PlayFile);
        Assert.Empty(await kube.PodsOfAsync(deployment));
        Assert.True((await engine.Podman("volume", "exists", claim)).Succeeded, $"claim volume {claim} did not survive kube down");

        await kube.PlayAsync(kube.ReplayFile);
        pods = await kube.PodsOfAsync(deployment);
        var kept = await kube.ExecAsync(pods[0], container, "cat", "/data/f");
        Assert.True(kept.Succeeded && kept.Output == "persisted\n", kept.Describe("read the claim after kube down and a second play"));
    }
}
