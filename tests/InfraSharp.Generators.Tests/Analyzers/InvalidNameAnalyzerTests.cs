using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidNameAnalyzerTests
{
    private const string Id = "ISH2001";

    [Fact]
    public Task Service_name_with_upper_case_and_underscore_reports_ISH2001() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService({|ISH2001:"Web_API"|}).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Volume_network_config_and_secret_names_are_checked() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddVolume({|ISH2001:"data volume"|});
                stack.AddNetwork({|ISH2001:"-front"|});
                stack.AddConfig({|ISH2001:"Nginx.conf"|});
                stack.AddConfig("nginx.conf");
                stack.AddSecret({|ISH2001:"DbPassword"|});
        """), Id);

    [Fact]
    public Task Sidecar_name_is_checked() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithSidecar({|ISH2001:"Log_Shipper"|}, sidecar => sidecar.WithImage("busybox:1.36"));
        """), Id);

    [Fact]
    public Task Name_longer_than_63_characters_reports_ISH2001() => Verifier.VerifyAsync(StackSource.Define($$"""
                stack.AddService({|ISH2001:"{{new string('a', 64)}}"|}).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Valid_names_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web-api").WithImage("nginx:1.27");
                stack.AddVolume("data01");
                stack.AddNetwork("front");
        """), Id);

    [Fact]
    public Task Non_constant_name_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var name = Environment.MachineName + "_X";
                stack.AddService(name).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Invalid_stack_name_reports_ISH2001_at_the_attribute_argument() =>
        AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackClassAnalyzer>.VerifyAsync("""
        using InfraSharp;

        [Stack({|ISH2001:"My Shop"|})]
        public static class Shop
        {
            public static void Define(IStackBuilder stack) => stack.AddService("web").WithImage("nginx:1.27");
        }
        """, Id);
}
