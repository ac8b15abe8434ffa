using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class NoResourcesAnalyzerTests
{
    private const string Id = "ISH4102";

    [Fact]
    public Task Service_without_resources_reports_ISH4102() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH4102:AddService("web")|}.WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Empty_WithResources_still_reports_ISH4102() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH4102:AddService("web")|}.WithImage("nginx:1.27").WithResources();
        """), Id);

    [Fact]
    public Task Service_with_resources_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources(cpuRequest: "100m", memoryLimit: "256Mi");
        """), Id);

    [Fact]
    public Task Service_that_escapes_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27");
                GC.KeepAlive(web);
        """), Id);
}
