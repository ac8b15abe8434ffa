using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidImageReferenceAnalyzerTests
{
    private const string Id = "ISH2007";

    [Fact]
    public Task Upper_case_image_reports_ISH2007() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage({|ISH2007:"Nginx:1.27"|});
        """), Id);

    [Fact]
    public Task Empty_tag_in_a_build_image_reports_ISH2007() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithBuild(".", image: {|ISH2007:"ghcr.io/acme/web:"|});
        """), Id);

    [Fact]
    public Task Valid_references_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("ghcr.io/acme/web:1.4");
                stack.AddService("b").WithImage("localhost:5000/tools/busybox:1.36");
                stack.AddService("c").WithBuild(".", image: "acme/c:2");
        """), Id);

    [Fact]
    public Task Non_constant_image_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage(Environment.MachineName);
        """), Id);

    [Fact]
    public Task Invalid_wait_image_reports_ISH2007() => Verifier.VerifyAsync(StackSource.Define("""
                stack.WithKubernetesWaitImage({|ISH2007:"BusyBox:1.36"|});
        """), Id);

    [Fact]
    public Task Valid_wait_image_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.WithKubernetesWaitImage("busybox:1.36").AddService("web").WithImage("nginx:1.27");
        """), Id);
}
