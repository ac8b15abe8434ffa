using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class NetworkModeWithNetworksAnalyzerTests
{
    private const string Id = "ISH2011";

    [Fact]
    public Task Network_mode_none_with_a_network_reports_ISH2011() => Verifier.VerifyAsync(StackSource.Define("""
                var front = stack.AddNetwork("front");
                stack.AddService("web").WithImage("nginx:1.27").WithNetworkMode({|ISH2011:NetworkMode.None|}).WithNetwork(front);
        """), Id);

    [Fact]
    public Task Host_mode_then_networks_on_a_local_reports_ISH2011() => Verifier.VerifyAsync(StackSource.Define("""
                var back = stack.AddNetwork("back");
                var web = stack.AddService("web").WithImage("nginx:1.27");
                web.WithNetwork(back);
                web.WithNetworkMode({|ISH2011:NetworkMode.Host|});
        """), Id);

    [Fact]
    public Task Mode_reset_to_networks_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var back = stack.AddNetwork("back");
                stack.AddService("web").WithImage("nginx:1.27").WithNetworkMode(NetworkMode.Host).WithNetworkMode(NetworkMode.Networks).WithNetwork(back);
        """), Id);

    [Fact]
    public Task Non_constant_mode_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var back = stack.AddNetwork("back");
                var mode = (NetworkMode)Environment.ProcessorCount;
                stack.AddService("web").WithImage("nginx:1.27").WithNetworkMode(mode).WithNetwork(back);
        """), Id);
}
