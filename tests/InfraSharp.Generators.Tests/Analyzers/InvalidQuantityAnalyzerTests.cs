using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidQuantityAnalyzerTests
{
    private const string Id = "ISH2008";

    [Fact]
    public Task Invalid_cpu_and_memory_report_ISH2008() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources(cpuRequest: {|ISH2008:"lots"|}, memoryLimit: {|ISH2008:"128m"|});
        """), Id);

    [Fact]
    public Task Invalid_volume_and_tmpfs_sizes_report_ISH2008() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddVolume("data").WithSize({|ISH2008:"10 GB"|});
                stack.AddService("web").WithImage("nginx:1.27").WithTmpfs("/tmp", {|ISH2008:"-1Mi"|});
        """), Id);

    [Fact]
    public Task Valid_quantities_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddVolume("data").WithSize("10Gi");
                stack.AddService("web").WithImage("nginx:1.27").WithResources("250m", "0.5", "128Mi", "1Gi").WithTmpfs("/tmp", "64Mi");
        """), Id);

    [Fact]
    public Task Non_constant_quantity_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources(cpuRequest: Environment.MachineName);
        """), Id);
}
