using InfraSharp.Generators.Diagnostics.Analyzers;
using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class PortOutOfRangeAnalyzerTests
{
    private const string Id = "ISH2003";

    [Fact]
    public Task Port_above_65535_reports_ISH2003() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort({|ISH2003:70000|});
        """), Id);

    [Fact]
    public Task Host_port_zero_reports_ISH2003_at_the_host_port() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort(80, hostPort: {|ISH2003:0|});
        """), Id);

    [Fact]
    public Task Internal_port_below_1_reports_ISH2003() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithInternalPort({|ISH2003:-1|});
        """), Id);

    [Fact]
    public Task Ports_in_range_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort(1).WithPort(65535, 8080).WithInternalPort(9000);
        """), Id);

    [Fact]
    public Task Non_constant_port_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var port = Environment.ProcessorCount * 100000;
                stack.AddService("web").WithImage("nginx:1.27").WithPort(port);
        """), Id);

    [Fact]
    public Task Constant_field_out_of_range_reports_ISH2003() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            private const int Port = 65536;

            public static void Define(IStackBuilder stack) =>
                stack.AddService("web").WithImage("nginx:1.27").WithPort({|ISH2003:Port|});
        }
        """, Id);
}
