using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class IngressWithoutPortAnalyzerTests
{
    private const string Id = "ISH2020";

    [Fact]
    public Task Ingress_on_a_service_without_ports_reports_ISH2020_at_the_call() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").{|ISH2020:WithIngress("shop.example.com")|};
        """), Id);

    [Fact]
    public Task Port_declared_only_after_the_ingress_still_reports_ISH2020() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27").{|ISH2020:WithIngress("shop.example.com", port: null)|};
                web.WithPort(80);
        """), Id);

    [Fact]
    public Task Explicit_port_zero_reports_ISH2020_and_out_of_range_reports_ISH2003() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithPort(80).WithIngress("a.example.com", port: {|ISH2020:0|});
                stack.AddService("b").WithImage("nginx:1.27").WithPort(80).WithIngress(port: {|ISH2003:70000|}, host: "b.example.com");
        """), Id, "ISH2003");

    [Fact]
    public Task Ingress_with_a_port_or_after_a_port_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithIngress("a.example.com", port: 8080);
                stack.AddService("b").WithImage("nginx:1.27").WithInternalPort(8080).WithIngress("b.example.com");
        """), Id);

    [Fact]
    public Task Open_service_or_non_constant_port_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                AddPort(a);
                a.WithIngress("a.example.com");
                int? port = Environment.ProcessorCount > 1 ? null : 80;
                stack.AddService("b").WithImage("nginx:1.27").WithPort(80).WithIngress("b.example.com", port: port);
                static void AddPort(ServiceBuilder service) => service.WithPort(80);
        """), Id);
}
