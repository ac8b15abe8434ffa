using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class NameValidationTests
{
    [Fact]
    public void Invalid_service_name_reports_ISH2001_with_a_suggested_name()
    {
        var diagnostic = Validate.Stack(s => s.CleanService("Web_API")).Single(DiagnosticIds.InvalidName)
            .Names("services.Web_API", "Service", "'Web_API'").At("Validate.cs");
        Assert.Contains("'web-api'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_service_name_reports_no_ISH2001() =>
        Validate.Stack(s => s.CleanService("web-api")).HasNo(DiagnosticIds.InvalidName);

    [Theory]
    [InlineData("stack")]
    [InlineData("volume")]
    [InlineData("network")]
    [InlineData("config")]
    [InlineData("secret")]
    [InlineData("sidecar")]
    [InlineData("init")]
    [InlineData("namespace")]
    public void Invalid_name_of_any_object_kind_reports_ISH2001(string kind)
    {
        const string bad = "Bad.Name";
        var stackName = kind == "stack" ? bad : "shop";
        var diagnostics = Validate.Stack(s =>
        {
            var web = s.CleanService("web");
            switch (kind)
            {
                case "volume": s.AddVolume(bad).WithSize("1Gi"); break;
                case "network": s.AddNetwork(bad); break;
                case "config": s.AddConfig(bad).FromContent("x"); break;
                case "secret": s.AddSecret(bad).FromEnvironment("X"); break;
                case "sidecar": web.WithSidecar(bad, c => c.WithImage("busybox:1.36")); break;
                case "init": web.WithInitContainer(bad, c => c.WithImage("busybox:1.36")); break;
                case "namespace": s.WithNamespace(bad); break;
            }
        }, name: stackName);
        var diagnostic = diagnostics.Single(DiagnosticIds.InvalidName);
        Assert.Contains("'Bad.Name'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'bad-name'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void File_like_config_and_secret_names_report_no_ISH2001() =>
        Validate.Stack(s =>
            {
                s.CleanService("web")
                    .WithConfig(s.AddConfig("nginx.conf").FromContent("events {}"), "/etc/nginx/nginx.conf")
                    .WithSecret(s.AddSecret("tls.key").FromFile("tls.key"));
            })
            .HasNo(DiagnosticIds.InvalidName);

    [Fact]
    public void Dotted_volume_name_reports_ISH2001() =>
        Validate.Stack(s => s.AddVolume("pg.data").WithSize("1Gi"))
            .Single(DiagnosticIds.InvalidName).Names("volumes.pg.data", "Volume 'pg.data'", "DNS label");

    [Fact]
    public void Sidecar_name_path_names_the_service_and_the_sidecar()
    {
        Validate.Stack(s => s.CleanService("web").WithSidecar("Log", c => c.WithImage("fluent/fluent-bit:3.0")))
            .Single(DiagnosticIds.InvalidName).Names("services.web.sidecars.Log", "Sidecar 'Log' of service 'web'");
    }

    [Fact]
    public void Invalid_port_name_reports_ISH2001_on_the_port()
    {
        Validate.Stack(s => s.CleanService("web").WithInternalPort(9090, name: "Metrics_Port"))
            .Single(DiagnosticIds.InvalidName).Names("services.web.ports[1]", "'Metrics_Port'").At("NameValidationTests.cs");
    }

    [Fact]
    public void Service_declared_twice_reports_ISH2002_at_the_second()
    {
        var diagnostic = Validate.Stack(s => { s.CleanService("web"); s.CleanService("web"); })
            .Single(DiagnosticIds.DuplicateName).Names("services.web", "Service 'web' is declared twice");
        Assert.Contains("Validate.cs", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("volumes")]
    [InlineData("networks")]
    [InlineData("configs")]
    [InlineData("secrets")]
    public void Duplicate_of_each_top_level_kind_reports_ISH2002(string section)
    {
        var diagnostics = Validate.Stack(s =>
        {
            s.CleanService("web");
            for (var i = 0; i < 2; i++)
            {
                switch (section)
                {
                    case "volumes": s.AddVolume("data").WithSize("1Gi"); break;
                    case "networks": s.AddNetwork("front"); break;
                    case "configs": s.AddConfig("front").FromContent("x"); break;
                    case "secrets": s.AddSecret("front").FromEnvironment("X"); break;
                }
            }
        });
        Assert.StartsWith(section + ".", diagnostics.Single(DiagnosticIds.DuplicateName).ObjectPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_name_for_different_kinds_is_not_a_duplicate() =>
        Validate.Stack(s => { s.CleanService("data"); s.AddVolume("data").WithSize("1Gi"); s.AddNetwork("data"); })
            .HasNo(DiagnosticIds.DuplicateName);

    [Fact]
    public void Sidecar_named_like_another_container_of_the_pod_reports_ISH2002()
    {
        Validate.Stack(s => s.CleanService("web")
                .WithSidecar("log", c => c.WithImage("busybox:1.36"))
                .WithInitContainer("log", c => c.WithImage("busybox:1.36")))
            .Single(DiagnosticIds.DuplicateName).Names("services.web.initContainers.log", "same pod");
    }

    [Fact]
    public void Generated_sidecar_service_clashing_with_a_service_reports_ISH2002()
    {
        Validate.Stack(s =>
            {
                s.CleanService("web").WithSidecar("log", c => c.WithImage("busybox:1.36"));
                s.CleanService("web-log");
            })
            .Single(DiagnosticIds.DuplicateName).Names("services.web.sidecars.log", "'web-log'", "services.web-log");
    }

    [Fact]
    public void Distinct_sidecar_names_report_no_ISH2002() =>
        Validate.Stack(s =>
            {
                s.CleanService("web").WithSidecar("log", c => c.WithImage("busybox:1.36"));
                s.CleanService("api").WithSidecar("log", c => c.WithImage("busybox:1.36"));
            })
            .HasNo(DiagnosticIds.DuplicateName);
}
