using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class PrivilegedContainerAnalyzerTests
{
    private const string Id = "ISH4104";

    [Fact]
    public Task WithPrivileged_reports_ISH4104() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").{|ISH4104:WithPrivileged()|};
        """), Id);

    [Fact]
    public Task Sidecar_WithPrivileged_true_reports_ISH4104() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithSidecar("agent", s => s.WithImage("busybox:1.36").{|ISH4104:WithPrivileged(true)|});
        """), Id);

    [Fact]
    public Task WithPrivileged_false_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPrivileged(false);
        """), Id);

    [Fact]
    public Task Non_constant_flag_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPrivileged(Environment.Is64BitProcess);
        """), Id);
}
