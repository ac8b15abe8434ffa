using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class ContainerNameWithReplicasAnalyzerTests
{
    private const string Id = "ISH2016";

    [Fact]
    public Task Container_name_with_several_replicas_reports_ISH2016_at_the_replicas() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithContainerName("shop-a").WithReplicas({|ISH2016:3|});
                var b = stack.AddService("b").WithImage("nginx:1.27").WithReplicas(5);
                b.WithReplicas({|ISH2016:2|});
                b.WithContainerName("shop-b");
        """), Id);

    [Fact]
    public Task One_replica_or_no_container_name_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithContainerName("shop-a").WithReplicas(3).WithReplicas(1);
                stack.AddService("b").WithImage("nginx:1.27").WithReplicas(3);
                stack.AddService("c").WithImage("nginx:1.27").WithContainerName("shop-c").WithContainerName(null!).WithReplicas(3);
        """), Id);

    [Fact]
    public Task Non_constant_or_open_services_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithContainerName("shop-a").WithReplicas(Environment.ProcessorCount);
                stack.AddService("b").WithImage("nginx:1.27").WithContainerName(Environment.MachineName).WithReplicas(3);
                var c = stack.AddService("c").WithImage("nginx:1.27").WithContainerName("shop-c").WithReplicas(3);
                One(c);
                static void One(ServiceBuilder service) => service.WithReplicas(1);
        """), Id);
}
