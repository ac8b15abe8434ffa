using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidReplicasAnalyzerTests
{
    private const string Id = "ISH2015";

    [Fact]
    public Task Negative_replicas_report_ISH2015_at_the_argument() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithReplicas({|ISH2015:-1|});
        """), Id);

    [Fact]
    public Task Negative_rolling_update_value_reports_ISH2015_at_it() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithRollingUpdate(maxUnavailable: 1, maxSurge: {|ISH2015:-2|});
                stack.AddService("b").WithImage("nginx:1.27").WithRollingUpdate(1, {|ISH2015:-1|});
        """), Id);

    [Fact]
    public Task Rolling_update_with_both_zero_reports_ISH2015_at_the_call() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").{|ISH2015:WithRollingUpdate(0, 0)|};
                stack.AddService("b").WithImage("nginx:1.27").{|ISH2015:WithRollingUpdate(maxSurge: 0)|};
        """), Id);

    [Fact]
    public Task Valid_values_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithReplicas(0).WithRollingUpdate();
                stack.AddService("b").WithImage("nginx:1.27").WithReplicas(3).WithRollingUpdate(maxUnavailable: 1, maxSurge: 0);
        """), Id);

    [Fact]
    public Task Non_constant_values_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var n = Environment.ProcessorCount - 100;
                stack.AddService("a").WithImage("nginx:1.27").WithReplicas(n).WithRollingUpdate(n, 0);
        """), Id);
}
