using InfraSharp.Emit;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Volumes, bind mounts, tmpfs, configs and secrets.</summary>
public sealed class StorageMappingTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    private KubernetesOutput Emit(Action<IStackBuilder> define) =>
        KubernetesOutput.Emit("s", define, EmitOptions.ForProject(_project.Root));

    private static V1PodSpec Pod(KubernetesOutput output, string service = "web") =>
        output.Read<V1Deployment>($"kubernetes/deployment-{service}.yaml").Spec.Template.Spec;

    [Fact]
    public void Named_volume_becomes_a_claim_with_size_access_mode_and_storage_class()
    {
        var output = Emit(stack =>
        {
            var data = stack.AddVolume("data").WithSize("10Gi").WithAccessMode(VolumeAccessMode.ReadWriteMany).WithStorageClass("fast");
            stack.AddService("web").WithImage("w:1").WithVolume(data, "/data", readOnly: true, subPath: "web");
        });
        var claim = output.Read<V1PersistentVolumeClaim>("kubernetes/persistentvolumeclaim-data.yaml");
        Assert.Equal(["ReadWriteMany"], claim.Spec.AccessModes);
        Assert.Equal("fast", claim.Spec.StorageClassName);
        Assert.Equal("10Gi", claim.Spec.Resources.Requests["storage"].ToString());
        var pod = Pod(output);
        Assert.Equal("data", pod.Volumes.Single().PersistentVolumeClaim.ClaimName);
        var mount = pod.Containers.Single().VolumeMounts.Single();
        Assert.Equal(("/data", true, "web"), (mount.MountPath, mount.ReadOnlyProperty ?? false, mount.SubPath));
        Assert.Empty(output.Reported(DiagnosticIds.VolumeWithoutSize));
    }

    [Fact]
    public void Volume_without_size_requests_1Gi_and_reports_ISH4003()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithVolume(stack.AddVolume("data"), "/data"));
        Assert.Equal("1Gi", output.Read<V1PersistentVolumeClaim>("kubernetes/persistentvolumeclaim-data.yaml").Spec.Resources.Requests["storage"].ToString());
        Assert.Equal(Severity.Info, Assert.Single(output.Reported(DiagnosticIds.VolumeWithoutSize)).Severity);
    }

    [Fact]
    public void External_volume_is_referenced_by_its_real_name_and_not_created()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithVolume(stack.AddVolume("data").AsExternal("prod-data"), "/data"));
        Assert.DoesNotContain(output.Files, f => f.RelativePath.Contains("persistentvolumeclaim", StringComparison.Ordinal));
        Assert.Equal("prod-data", Pod(output).Volumes.Single().PersistentVolumeClaim.ClaimName);
    }

    [Fact]
    public void Volume_driver_is_reported_as_ISH4004()
    {
        var output = Emit(stack => stack.AddVolume("data").WithDriver("local").WithDriverOption("type", "nfs").WithSize("1Gi"));
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.ObjectPath == "volumes.data");
    }

    [Fact]
    public void Anonymous_volume_and_tmpfs_become_emptyDirs()
    {
        var pod = Pod(Emit(stack => stack.AddService("web").WithImage("w:1").WithAnonymousVolume("/cache").WithTmpfs("/tmp", "64Mi").WithTmpfs("/run")));
        Assert.NotNull(pod.Volumes.Single(v => v.Name == "anon-cache").EmptyDir);
        var tmp = pod.Volumes.Single(v => v.Name == "tmpfs-tmp").EmptyDir;
        Assert.Equal(("Memory", "64Mi"), (tmp.Medium, tmp.SizeLimit.ToString()));
        Assert.Null(pod.Volumes.Single(v => v.Name == "tmpfs-run").EmptyDir.SizeLimit);
    }

    [Fact]
    public void Pod_volume_names_are_unique_DNS_labels_and_shared_mounts_share_a_volume()
    {
        var pod = Pod(Emit(stack =>
        {
            var data = stack.AddVolume("Data_Store").WithSize("1Gi");
            stack.AddService("web").WithImage("w:1").WithVolume(data, "/data").WithTmpfs("/a.b").WithTmpfs("/a-b")
                .WithSidecar("side", s => s.WithImage("s:1").WithVolume(data, "/shared"));
        }));
        var names = pod.Volumes.Select(v => v.Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.All(names, name => Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name));
        Assert.Single(pod.Volumes, v => v.PersistentVolumeClaim is not null);
        Assert.Equal(pod.Containers[0].VolumeMounts[0].Name, pod.Containers[1].VolumeMounts[0].Name);
    }

    [Fact]
    public void Skipped_bind_mount_is_not_mounted_and_reported()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip));
        Assert.Null(Pod(output).Volumes);
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.Message.Contains("/code", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_path_bind_mount_uses_the_node_path()
    {
        var pod = Pod(Emit(stack => stack.AddService("web").WithImage("w:1")
            .WithBindMount("./logs", "/logs", readOnly: true, kubernetes: BindMountOnKubernetes.NodeHostPath("/var/log/web"))));
        var hostPath = pod.Volumes.Single().HostPath;
        Assert.Equal(("/var/log/web", "DirectoryOrCreate"), (hostPath.Path, hostPath.Type));
        Assert.True(pod.Containers.Single().VolumeMounts.Single().ReadOnlyProperty);
    }

    [Fact]
    public void ConfigMap_bind_mount_of_a_folder_holds_every_file_read_at_emit_time()
    {
        _project.With("site/index.html", "<h1>hi</h1>\n").With("site/app.js", "x()").WithBytes("site/logo.bin", [0, 1, 2, 255])
            .With("site/sub/ignored.txt", "nested folders are not part of the ConfigMap");
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithBindMount("site", "/usr/share/nginx/html", kubernetes: BindMountOnKubernetes.ConfigMap));
        var configMap = output.Read<V1ConfigMap>("kubernetes/configmap-web-usr-share-nginx-html.yaml");
        Assert.Equal(["app.js", "index.html"], configMap.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<h1>hi</h1>\n", configMap.Data["index.html"]);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, configMap.BinaryData["logo.bin"]);
        var pod = Pod(output);
        Assert.Equal("web-usr-share-nginx-html", pod.Volumes.Single().ConfigMap.Name);
        var mount = pod.Containers.Single().VolumeMounts.Single();
        Assert.Equal(("/usr/share/nginx/html", null, true), (mount.MountPath, mount.SubPath, mount.ReadOnlyProperty ?? false));
    }

    [Fact]
    public void ConfigMap_bind_mount_of_a_file_is_mounted_with_subPath()
    {
        _project.With("conf/nginx.conf", "events {}\n");
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithBindMount("conf/nginx.conf", "/etc/nginx/nginx.conf", kubernetes: BindMountOnKubernetes.ConfigMap));
        Assert.Equal("events {}\n", output.Read<V1ConfigMap>("kubernetes/configmap-web-etc-nginx-nginx-conf.yaml").Data["nginx.conf"]);
        var mount = Pod(output).Containers.Single().VolumeMounts.Single();
        Assert.Equal(("/etc/nginx/nginx.conf", "nginx.conf"), (mount.MountPath, mount.SubPath));
    }

    [Fact]
    public void ConfigMap_bind_mount_of_a_missing_source_reports_ISH5002_with_the_path()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithBindMount("missing-dir", "/cfg", kubernetes: BindMountOnKubernetes.ConfigMap));
        var diagnostic = Assert.Single(output.Reported(DiagnosticIds.SourceFileNotFound));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("services.web.mounts[0]", diagnostic.ObjectPath);
        Assert.Contains("missing-dir", diagnostic.Message);
        Assert.Contains("BindMountOnKubernetes", diagnostic.Fix);
    }

    [Fact]
    public void Claim_bind_mount_creates_one_claim_shared_by_services()
    {
        var output = Emit(stack =>
        {
            stack.AddService("web").WithImage("w:1").WithBindMount("./uploads", "/uploads", kubernetes: BindMountOnKubernetes.PersistentVolumeClaim("uploads", "5Gi"));
            stack.AddService("api").WithImage("a:1").WithBindMount("./uploads", "/srv/uploads", kubernetes: BindMountOnKubernetes.PersistentVolumeClaim("uploads", "5Gi"));
        });
        Assert.Equal("5Gi", output.Read<V1PersistentVolumeClaim>("kubernetes/persistentvolumeclaim-uploads.yaml").Spec.Resources.Requests["storage"].ToString());
        Assert.Equal("uploads", Pod(output, "api").Volumes.Single().PersistentVolumeClaim.ClaimName);
    }

    [Fact]
    public void Bind_mount_without_a_choice_reports_ISH4002_instead_of_crashing()
    {
        var output = Emit(stack => stack.AddService("web").WithImage("w:1").WithBindMount(".", "/code"));
        Assert.Single(output.Reported(DiagnosticIds.BindMountWithoutKubernetesChoice));
    }

    [Fact]
    public void Configs_become_ConfigMaps_mounted_with_subPath()
    {
        _project.With("config/app.json", "{}");
        var output = Emit(stack =>
        {
            var file = stack.AddConfig("app").FromFile("config/app.json");
            var inline = stack.AddConfig("motd").FromContent("hello\n");
            var external = stack.AddConfig("shared").AsExternal();
            stack.AddService("web").WithImage("w:1").WithConfig(file, "/app/app.json").WithConfig(inline).WithConfig(external, "/etc/shared");
        });
        Assert.Equal("{}", output.Read<V1ConfigMap>("kubernetes/configmap-app.yaml").Data["app.json"]);
        Assert.Equal("hello\n", output.Read<V1ConfigMap>("kubernetes/configmap-motd.yaml").Data["motd"]);
        Assert.False(output.Has("kubernetes/configmap-shared.yaml"));
        var mounts = Pod(output).Containers.Single().VolumeMounts;
        Assert.Equal([("/app/app.json", "app.json"), ("/motd", "motd"), ("/etc/shared", "shared")], mounts.Select(m => (m.MountPath, m.SubPath)));
    }

    [Fact]
    public void Config_file_that_is_missing_reports_ISH5002()
    {
        var output = Emit(stack => stack.AddConfig("app").FromFile("config/nope.json"));
        Assert.Equal("configs.app", Assert.Single(output.Reported(DiagnosticIds.SourceFileNotFound)).ObjectPath);
    }

    [Fact]
    public void Secrets_are_mounted_by_reference_and_file_secrets_go_to_the_secretGenerator()
    {
        _project.With("secrets/db.txt", "hunter2");
        var output = Emit(stack =>
        {
            var db = stack.AddSecret("db").FromFile("secrets/db.txt");
            var key = stack.AddSecret("key").FromEnvironment("KEY");
            var tls = stack.AddSecret("tls").AsExternal();
            stack.AddService("web").WithImage("w:1").WithSecret(db).WithSecret(key, "/keys/key").WithSecret(tls);
        });
        var pod = Pod(output);
        Assert.Equal(["db", "key", "tls"], pod.Volumes.Select(v => v.Secret.SecretName));
        Assert.Equal([("/run/secrets/db", "db"), ("/keys/key", "key"), ("/run/secrets/tls", "tls")],
            pod.Containers.Single().VolumeMounts.Select(m => (m.MountPath, m.SubPath)));
        var kustomization = output.Text("kubernetes/kustomization.yaml");
        Assert.Contains("secretGenerator:\n  - name: db\n    files:\n      - \"db=../../../secrets/db.txt\"\n", kustomization);
        Assert.Contains("disableNameSuffixHash: true", kustomization);
        Assert.DoesNotContain(output.Files, f => f.Content.Contains("hunter2", StringComparison.Ordinal));
        var reported = output.Reported(DiagnosticIds.NotExpressibleInKubernetes).Select(d => d.ObjectPath).ToList();
        Assert.Equal(["secrets.key", "secrets.tls"], reported);
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.Fix.Contains("kubectl create secret generic key", StringComparison.Ordinal));
    }
}
