using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class HostPortPublishedTwiceAnalyzerTests
{
    private const string Id = "ISH2004";

    [Fact]
    public Task Same_host_port_on_two_services_reports_ISH2004() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithPort(80, 8080);
                stack.AddService("b").WithImage("nginx:1.27").WithPort(81, {|ISH2004:8080|});
        """), Id);

    [Fact]
    public Task Container_port_published_twice_reports_ISH2004_at_the_second_port() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithPort(80).WithPort({|ISH2004:80|});
        """), Id);

    [Fact]
    public Task Different_protocols_or_host_addresses_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithPort(53, protocol: PortProtocol.Udp).WithPort(53);
                stack.AddService("b").WithImage("nginx:1.27").WithPort(80, hostIp: "127.0.0.1");
                stack.AddService("c").WithImage("nginx:1.27").WithPort(80, hostIp: "127.0.0.2");
        """), Id);

    [Fact]
    public Task Ports_published_in_a_loop_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                for (var i = 0; i < 2; i++)
                {
                    stack.AddService("a" + i).WithImage("nginx:1.27").WithPort(80);
                }
        """), Id);

    [Fact]
    public Task Non_constant_host_port_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var port = Environment.ProcessorCount;
                stack.AddService("a").WithImage("nginx:1.27").WithPort(80, port);
                stack.AddService("b").WithImage("nginx:1.27").WithPort(80, port);
        """), Id);
}
