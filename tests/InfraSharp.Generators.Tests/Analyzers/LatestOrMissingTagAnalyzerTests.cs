using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class LatestOrMissingTagAnalyzerTests
{
    private const string Id = "ISH4101";

    [Fact]
    public Task Image_without_tag_reports_ISH4101() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("cache").WithImage({|ISH4101:"redis"|});
        """), Id);

    [Fact]
    public Task Latest_tag_reports_ISH4101() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("cache").WithImage({|ISH4101:"redis:latest"|});
                stack.AddService("web").WithBuild(".", image: {|ISH4101:"ghcr.io/acme/web"|});
        """), Id);

    [Fact]
    public Task Pinned_tag_or_digest_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("cache").WithImage("redis:7.2");
                stack.AddService("db").WithImage("postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        """), Id);

    [Fact]
    public Task Non_constant_image_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("cache").WithImage("redis" + Environment.NewLine);
        """), Id);

    [Fact]
    public Task Wait_image_without_tag_reports_ISH4101() => Verifier.VerifyAsync(StackSource.Define("""
                stack.WithKubernetesWaitImage({|ISH4101:"busybox"|});
        """), Id);
}
