using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class DependencyValidationTests
{
    [Fact]
    public void Two_services_waiting_for_each_other_report_ISH2005_once()
    {
        var diagnostic = Validate.Stack(s =>
            {
                var a = s.CleanService("a");
                var b = s.CleanService("b").WaitFor(a);
                a.WaitFor(b);
            })
            .Single(DiagnosticIds.DependencyCycle).Names("services.a", "a -> b -> a").At("DependencyValidationTests.cs");
        Assert.Contains("'a' on 'b'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_waiting_for_itself_reports_ISH2005()
    {
        Validate.Stack(s => { var a = s.CleanService("a"); a.WaitFor(a); })
            .Single(DiagnosticIds.DependencyCycle).Names("services.a", "a -> a");
    }

    [Fact]
    public void Link_closing_a_cycle_reports_ISH2005()
    {
        Validate.Stack(s =>
            {
                var a = s.CleanService("a");
                var b = s.CleanService("b");
                var c = s.CleanService("c").WaitFor(b);
                b.WaitFor(a);
                a.WithLink(c);
            })
            .Single(DiagnosticIds.DependencyCycle).Names("services.a", "a -> c -> b -> a");
    }

    [Fact]
    public void Two_separate_cycles_report_ISH2005_twice()
    {
        var diagnostics = Validate.Stack(s =>
        {
            var a = s.CleanService("a");
            var b = s.CleanService("b").WaitFor(a);
            a.WaitFor(b);
            var c = s.CleanService("c");
            c.WaitFor(c);
        });
        Assert.Equal(2, diagnostics.Count(d => d.Id == DiagnosticIds.DependencyCycle));
    }

    [Fact]
    public void Acyclic_dependencies_report_no_ISH2005() =>
        Validate.Stack(s =>
            {
                var db = s.CleanService("db");
                var cache = s.CleanService("cache");
                var api = s.CleanService("api").WaitFor(db).WaitFor(cache);
                s.CleanService("web").WaitFor(api).WaitFor(db);
            })
            .HasNo(DiagnosticIds.DependencyCycle);

    [Fact]
    public void Waiting_for_healthy_without_health_check_reports_ISH2009()
    {
        var diagnostic = Validate.Stack(s =>
            {
                var db = s.AddService("db").WithImage("postgres:16");
                s.CleanService("web").WaitFor(db, DependencyCondition.Healthy);
            })
            .Single(DiagnosticIds.WaitForHealthyWithoutHealthCheck)
            .Names("services.web.dependsOn[0]", "'web'", "'db'").At("DependencyValidationTests.cs");
        Assert.Contains("WithHealthCheck", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_for_healthy_with_health_check_reports_no_ISH2009() =>
        Validate.Stack(s =>
            {
                var db = s.AddService("db").WithImage("postgres:16").WithHealthCheck(Probe.Exec("pg_isready"));
                s.CleanService("web").WaitFor(db, DependencyCondition.Healthy);
            })
            .HasNo(DiagnosticIds.WaitForHealthyWithoutHealthCheck);

    [Fact]
    public void Default_condition_without_health_check_reports_no_ISH2009() =>
        Validate.Stack(s => s.CleanService("web").WaitFor(s.AddService("db").WithImage("postgres:16")))
            .HasNo(DiagnosticIds.WaitForHealthyWithoutHealthCheck);

    [Fact]
    public void Objects_of_another_stack_report_ISH2012_for_each_reference()
    {
        VolumeBuilder? volume = null;
        NetworkBuilder? network = null;
        ConfigBuilder? config = null;
        SecretBuilder? secret = null;
        ServiceBuilder? service = null;
        StackBuilder.Build("other", o =>
        {
            volume = o.AddVolume("data");
            network = o.AddNetwork("back");
            config = o.AddConfig("conf").FromContent("x");
            secret = o.AddSecret("key").FromEnvironment("KEY");
            service = o.AddService("db").WithImage("postgres:16");
        });
        var diagnostics = Validate.Stack(s => s.CleanService("web")
            .WithVolume(volume!, "/data")
            .WithNetwork(network!)
            .WithConfig(config!, "/etc/conf")
            .WithSecret(secret!)
            .WaitFor(service!)
            .WithLink(service!));
        var foreign = diagnostics.Where(d => d.Id == DiagnosticIds.ForeignReference).ToList();
        Assert.Equal(
            ["services.web.configs[0]", "services.web.dependsOn[0]", "services.web.links[0]", "services.web.mounts[0]", "services.web.networks[0]", "services.web.secrets[0]"],
            foreign.Select(d => d.ObjectPath).Order(StringComparer.Ordinal));
        Assert.All(foreign, d => Assert.Contains("stack 'other'", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Objects_of_the_same_stack_report_no_ISH2012() =>
        Validate.Stack(s =>
            {
                var db = s.CleanService("db");
                s.CleanService("web").WithVolume(s.AddVolume("data").WithSize("1Gi"), "/data").WithNetwork(s.AddNetwork("back")).WaitFor(db);
            })
            .HasNo(DiagnosticIds.ForeignReference);
}
