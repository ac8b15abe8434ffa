using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class BuildOnlyServiceOnKubernetesAnalyzerTests
{
    private const string Id = "ISH4001";

    [Fact]
    public Task Build_without_image_name_reports_ISH4001_at_WithBuild() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").{|ISH4001:WithBuild(".")|};
        """), Id);

    [Fact]
    public Task Build_with_image_name_or_WithImage_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithBuild(".", image: "acme/a:1.0");
                stack.AddService("b").WithBuild(".").WithImage("acme/b:1.0");
        """), Id);

    [Fact]
    public Task Non_constant_image_name_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithBuild(".", image: Environment.GetEnvironmentVariable("IMAGE"));
        """), Id);
}
