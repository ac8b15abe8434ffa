using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class MountValidationTests
{
    [Fact]
    public void Volume_and_tmpfs_on_one_path_report_ISH2006()
    {
        Validate.Stack(s => s.CleanService("web").WithVolume(s.AddVolume("data").WithSize("1Gi"), "/data").WithTmpfs("/data/"))
            .Single(DiagnosticIds.DuplicateMountTarget)
            .Names("services.web.mounts[1]", "Service 'web'", "'/data'", "services.web.mounts[0]").At("MountValidationTests.cs");
    }

    [Fact]
    public void Secret_default_path_clashing_with_a_mount_reports_ISH2006()
    {
        Validate.Stack(s => s.CleanService("web")
                .WithAnonymousVolume("/run/secrets/key")
                .WithSecret(s.AddSecret("key").FromEnvironment("KEY")))
            .Single(DiagnosticIds.DuplicateMountTarget).Names("services.web.secrets[0]", "/run/secrets/key");
    }

    [Fact]
    public void Config_clashing_with_a_bind_mount_reports_ISH2006() =>
        Validate.Stack(s => s.CleanService("web")
                .WithBindMount("./nginx.conf", "/etc/nginx.conf", kubernetes: BindMountOnKubernetes.ConfigMap)
                .WithConfig(s.AddConfig("nginx").FromContent("x"), "/etc/nginx.conf"))
            .Single(DiagnosticIds.DuplicateMountTarget).Names("services.web.configs[0]", "/etc/nginx.conf");

    [Fact]
    public void Distinct_mount_paths_report_no_ISH2006() =>
        Validate.Stack(s => s.CleanService("web")
                .WithVolume(s.AddVolume("data").WithSize("1Gi"), "/data")
                .WithTmpfs("/tmp", "64Mi")
                .WithAnonymousVolume("/cache")
                .WithSecret(s.AddSecret("key").FromEnvironment("KEY")))
            .HasNo(DiagnosticIds.DuplicateMountTarget);

    [Fact]
    public void Relative_mount_target_reports_ISH2014_with_the_absolute_form()
    {
        var diagnostic = Validate.Stack(s => s.CleanService("web").WithTmpfs("tmp"))
            .Single(DiagnosticIds.InvalidMountPath).Names("services.web.mounts[0]", "'tmp'").At("MountValidationTests.cs");
        Assert.Contains("'/tmp'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_config_target_reports_ISH2014() =>
        Validate.Stack(s => s.CleanService("web").WithConfig(s.AddConfig("app").FromContent("x"), "etc/app.json"))
            .Single(DiagnosticIds.InvalidMountPath).Names("services.web.configs[0]", "'etc/app.json'");

    [Fact]
    public void Absolute_targets_report_no_ISH2014() =>
        Validate.Stack(s => s.CleanService("web").WithTmpfs("/tmp").WithConfig(s.AddConfig("app").FromContent("x")))
            .HasNo(DiagnosticIds.InvalidMountPath);

    [Fact]
    public void Bind_mount_without_kubernetes_choice_reports_ISH4002()
    {
        Validate.Stack(s => s.CleanService("web").WithBindMount(".", "/code"))
            .Single(DiagnosticIds.BindMountWithoutKubernetesChoice)
            .Names("services.web.mounts[0]", "Service 'web'", "'.'", "'/code'").At("MountValidationTests.cs");
    }

    [Fact]
    public void Bind_mount_without_kubernetes_choice_is_fine_for_compose_only() =>
        Validate.Stack(s => s.CleanService("web").WithBindMount(".", "/code"), EmitTargets.Compose)
            .HasNo(DiagnosticIds.BindMountWithoutKubernetesChoice);

    [Fact]
    public void Bind_mount_with_kubernetes_choice_reports_no_ISH4002() =>
        Validate.Stack(s => s.CleanService("web").WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip))
            .HasNo(DiagnosticIds.BindMountWithoutKubernetesChoice);

    [Fact]
    public void Bind_mount_claim_with_bad_size_reports_ISH2008() =>
        Validate.Stack(s => s.CleanService("web").WithBindMount("./data", "/data", kubernetes: BindMountOnKubernetes.PersistentVolumeClaim("data", "lots")))
            .Single(DiagnosticIds.InvalidQuantity).Names("services.web.mounts[0]", "'lots'");

    [Fact]
    public void Bind_mount_to_relative_node_path_reports_ISH2014() =>
        Validate.Stack(s => s.CleanService("web").WithBindMount("./data", "/data", kubernetes: BindMountOnKubernetes.NodeHostPath("srv/data")))
            .Single(DiagnosticIds.InvalidMountPath).Names("services.web.mounts[0]", "'srv/data'");

    [Fact]
    public void Config_and_secret_without_source_report_ISH2019()
    {
        var diagnostics = Validate.Stack(s =>
        {
            s.AddConfig("app");
            s.AddSecret("key");
        });
        var missing = diagnostics.Where(d => d.Id == DiagnosticIds.MissingSource).ToList();
        Assert.Equal(2, missing.Count);
        missing[0].Names("configs.app", "Config 'app'").At("MountValidationTests.cs");
        missing[1].Names("secrets.key", "Secret 'key'").At("MountValidationTests.cs");
    }

    [Fact]
    public void Config_and_secret_with_a_source_or_external_report_no_ISH2019() =>
        Validate.Stack(s =>
            {
                s.AddConfig("app").FromFile("app.json");
                s.AddConfig("inline").FromContent("x");
                s.AddConfig("shared").AsExternal();
                s.AddSecret("key").FromFile("key.txt");
                s.AddSecret("token").FromEnvironment("TOKEN");
                s.AddSecret("cert").AsExternal();
            })
            .HasNo(DiagnosticIds.MissingSource);
}
