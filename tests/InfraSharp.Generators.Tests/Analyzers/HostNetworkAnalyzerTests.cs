using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class HostNetworkAnalyzerTests
{
    private const string Id = "ISH4106";

    [Fact]
    public Task Host_network_mode_reports_ISH4106() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithNetworkMode({|ISH4106:NetworkMode.Host|});
        """), Id);

    [Fact]
    public Task None_or_networks_mode_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithNetworkMode(NetworkMode.None);
                stack.AddService("b").WithImage("nginx:1.27").WithNetworkMode(NetworkMode.Networks);
        """), Id);

    [Fact]
    public Task Non_constant_mode_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithNetworkMode((NetworkMode)Environment.ProcessorCount);
        """), Id);
}
