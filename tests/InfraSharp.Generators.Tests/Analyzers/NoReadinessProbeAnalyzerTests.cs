using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class NoReadinessProbeAnalyzerTests
{
    private const string Id = "ISH4103";

    [Fact]
    public Task Service_with_ports_and_no_health_check_reports_ISH4103() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH4103:AddService("web")|}.WithImage("nginx:1.27").WithPort(8080);
        """), Id);

    [Fact]
    public Task Internal_port_counts_too() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH4103:AddService("api")|}.WithImage("nginx:1.27").WithInternalPort(9000);
        """), Id);

    [Fact]
    public Task Health_check_or_no_ports_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort(8080).WithHealthCheck(Probe.Http("/healthz", 8080));
                stack.AddService("worker").WithImage("busybox:1.36");
        """), Id);

    [Fact]
    public Task Health_check_set_conditionally_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27").WithPort(8080);
                if (Environment.ProcessorCount > 0) web.WithHealthCheck(Probe.Tcp(8080));
        """), Id);

    [Fact]
    public Task Jobs_and_cron_jobs_get_no_probes_so_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("migrate").WithImage("nginx:1.27").WithPort(8080).AsJob();
                stack.AddService("report").WithImage("nginx:1.27").WithPort(8080).AsCronJob("@daily");
                stack.{|ISH4103:AddService("db")|}.WithImage("nginx:1.27").WithPort(5432).AsJob().AsStatefulSet();
        """), Id);

    [Fact]
    public Task Sidecar_ports_do_not_make_the_service_need_a_probe() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithSidecar("metrics", c => c.WithImage("busybox:1.36").WithInternalPort(9100));
        """), Id);
}
