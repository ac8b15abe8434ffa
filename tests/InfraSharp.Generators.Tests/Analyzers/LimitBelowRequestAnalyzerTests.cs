using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class LimitBelowRequestAnalyzerTests
{
    private const string Id = "ISH2008";

    [Fact]
    public Task Cpu_and_memory_limits_below_requests_report_ISH2008_at_the_limit() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources("500m", {|ISH2008:"0.25"|}, "1Gi", {|ISH2008:"512Mi"|});
        """), Id);

    [Fact]
    public Task Named_arguments_out_of_order_report_at_the_limit() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources(memoryLimit: {|ISH2008:"64Mi"|}, cpuLimit: "1", memoryRequest: "128Mi", cpuRequest: "1000m");
        """), Id);

    [Fact]
    public Task Limit_and_request_from_separate_calls_report_at_the_limit() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27").WithResources(cpuLimit: {|ISH2008:"250m"|});
                web.WithResources(cpuRequest: "500m", cpuLimit: null);
        """), Id);

    [Fact]
    public Task Limit_below_request_in_a_sidecar_reports_ISH2008() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithSidecar("log", c => c.WithImage("busybox:1.36").WithResources(memoryRequest: "256Mi", memoryLimit: {|ISH2008:"128Mi"|}));
        """), Id);

    [Fact]
    public Task Limit_raised_later_or_equal_to_the_request_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithResources("500m", "250m").WithResources(cpuLimit: "1");
                stack.AddService("b").WithImage("nginx:1.27").WithResources("500m", "0.5", "1Gi", "1024Mi");
                stack.AddService("c").WithImage("nginx:1.27").WithResources(cpuLimit: "250m");
        """), Id);

    [Fact]
    public Task Non_constant_or_open_resources_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var limit = Environment.GetEnvironmentVariable("LIMIT");
                stack.AddService("a").WithImage("nginx:1.27").WithResources("500m", limit);
                var b = stack.AddService("b").WithImage("nginx:1.27").WithResources("500m", "250m");
                Raise(b);
                stack.AddService("c").WithImage("nginx:1.27").WithResources("500m", "100m").WithResources(cpuLimit: limit);
                static void Raise(ServiceBuilder service) => service.WithResources(cpuLimit: "1");
        """), Id);
}
