using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class EnvironmentNameAnalyzerTests
{
    private const string Id = "ISH2013";

    [Fact]
    public Task Invalid_environment_names_report_ISH2013_at_the_name() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithEnvironment({|ISH2013:"1ST_URL"|}, "x").WithEnvironment(value: "y", name: {|ISH2013:"MY VAR"|})
                    .WithSidecar("log", c => c.WithImage("busybox:1.36").WithEnvironment({|ISH2013:""|}, "z"));
        """), Id);

    [Fact]
    public Task Null_name_reports_ISH2013() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithEnvironment({|ISH2013:null|}!, "x");
        """), Id);

    [Fact]
    public Task Valid_names_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithEnvironment("ASPNETCORE_URLS", "http://+:80").WithEnvironment("my.var-1", "x").WithEnvironment("_X", "y");
        """), Id);

    [Fact]
    public Task Non_constant_name_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithEnvironment(Environment.MachineName, "x");
        """), Id);
}
