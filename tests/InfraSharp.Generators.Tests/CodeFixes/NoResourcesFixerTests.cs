using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class NoResourcesFixerTests
{
    [Fact]
    public Task Requests_and_limits_are_appended_to_AddService() =>
        CodeFixVerifier<StackDefinitionAnalyzer, NoResourcesFixer>.VerifyAsync(
            StackSource.Define("""        stack.{|ISH4102:AddService("web")|}.WithImage("nginx:1.27");"""),
            StackSource.Define("""        stack.AddService("web").WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi").WithImage("nginx:1.27");"""),
            "ISH4102");
}
