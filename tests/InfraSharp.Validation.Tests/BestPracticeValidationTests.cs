using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class BestPracticeValidationTests
{
    [Theory]
    [InlineData("redis", "without a tag")]
    [InlineData("redis:latest", "moving tag 'latest'")]
    public void Unpinned_image_reports_ISH4101(string image, string text)
    {
        var diagnostic = Validate.Stack(s => s.CleanService("cache").WithImage(image))
            .Single(DiagnosticIds.LatestOrMissingTag).Names("services.cache", "Service 'cache'", "'" + image + "'", text).At("BestPracticeValidationTests.cs");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("'redis:<version>'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_image_reports_no_ISH4101() =>
        Validate.Stack(s => s.CleanService("cache").WithImage("localhost:5000/redis:7.2")).HasNo(DiagnosticIds.LatestOrMissingTag);

    [Fact]
    public void Missing_limits_report_ISH4102_naming_them() =>
        Validate.Stack(s => s.AddService("web").WithImage("nginx:1.27").WithUser("101").WithResources(cpuRequest: "100m", memoryRequest: "64Mi"))
            .Single(DiagnosticIds.NoResources).Names("services.web.resources", "Service 'web'", "cpuLimit, memoryLimit");

    [Fact]
    public void Full_resources_report_no_ISH4102() =>
        Validate.Stack(s => s.CleanService("web")).HasNo(DiagnosticIds.NoResources);

    [Fact]
    public void Ports_without_health_check_report_ISH4103()
    {
        var diagnostic = Validate.Stack(s => s.AddService("web").WithImage("nginx:1.27").WithPort(80))
            .Single(DiagnosticIds.NoReadinessProbe).Names("services.web", "Service 'web'", "80");
        Assert.Contains("Probe.Http(\"/healthz\", 80)", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_with_ports_and_no_health_check_reports_no_ISH4103() =>
        Validate.Stack(s => s.AddService("seed").WithImage("acme/seed:1").WithInternalPort(9000).AsJob()).HasNo(DiagnosticIds.NoReadinessProbe);

    [Fact]
    public void Privileged_container_reports_ISH4104_at_the_call() =>
        Validate.Stack(s => s.CleanService("web").WithPrivileged())
            .Single(DiagnosticIds.PrivilegedContainer).Names("services.web", "Service 'web'").At("BestPracticeValidationTests.cs");

    [Fact]
    public void Not_privileged_reports_no_ISH4104() =>
        Validate.Stack(s => s.CleanService("web").WithPrivileged(false)).HasNo(DiagnosticIds.PrivilegedContainer);

    [Theory]
    [InlineData(null)]
    [InlineData("root")]
    [InlineData("0")]
    [InlineData("0:1000")]
    public void Root_or_missing_user_reports_ISH4105(string? user)
    {
        var diagnostics = Validate.Stack(s =>
        {
            var web = s.AddService("web").WithImage("nginx:1.27");
            if (user is not null)
            {
                web.WithUser(user);
            }
        });
        diagnostics.Single(DiagnosticIds.RunsAsRoot).Names("services.web", "Service 'web'");
    }

    [Fact]
    public void Non_root_user_reports_no_ISH4105() =>
        Validate.Stack(s => s.CleanService("web").WithUser("app")).HasNo(DiagnosticIds.RunsAsRoot);

    [Fact]
    public void Host_network_reports_ISH4106() =>
        Validate.Stack(s => s.CleanService("web").WithNetworkMode(NetworkMode.Host))
            .Single(DiagnosticIds.HostNetwork).Names("services.web", "Service 'web'").At("BestPracticeValidationTests.cs");

    [Fact]
    public void Literal_password_in_environment_reports_ISH4107() =>
        Validate.Stack(s => s.CleanService("db").WithEnvironment("POSTGRES_PASSWORD", "hunter2"))
            .Single(DiagnosticIds.SecretLiteralInEnvironment).Names("services.db.environment.POSTGRES_PASSWORD", "Service 'db'", "'POSTGRES_PASSWORD'");

    [Fact]
    public void Password_file_in_environment_reports_no_ISH4107() =>
        Validate.Stack(s => s.CleanService("db").WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db")).HasNo(DiagnosticIds.SecretLiteralInEnvironment);

    [Fact]
    public void Sidecars_get_best_practice_warnings_too() =>
        Validate.Stack(s => s.CleanService("web").WithSidecar("log", c => c.WithImage("busybox")))
            .Where(d => d.ObjectPath.StartsWith("services.web.sidecars.log", StringComparison.Ordinal))
            .Select(d => d.Id).Order(StringComparer.Ordinal)
            .SequenceEqual([DiagnosticIds.LatestOrMissingTag, DiagnosticIds.NoResources, DiagnosticIds.RunsAsRoot])
            .Let(Assert.True);

    [Fact]
    public void Best_practice_warnings_are_only_for_kubernetes()
    {
        var diagnostics = Validate.Stack(s => s.AddService("web").WithImage("nginx").WithPort(80).WithPrivileged()
            .WithNetworkMode(NetworkMode.Host).WithEnvironment("API_TOKEN", "abc"), EmitTargets.Compose);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Clean_stack_reports_nothing() =>
        Assert.Empty(Validate.Stack(s =>
        {
            var db = s.CleanService("db", 5432).WithVolume(s.AddVolume("pgdata").WithSize("5Gi"), "/var/lib/postgresql/data")
                .WithSecret(s.AddSecret("db-password").FromEnvironment("DB_PASSWORD"));
            s.CleanService("web").WithPort(8080, hostPort: 80).WaitFor(db).WithReplicas(2)
                .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db-password");
        }));
}

internal static class FluentAssert
{
    public static void Let(this bool value, Action<bool> assert) => assert(value);
}
