using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class DependencyCycleAnalyzerTests
{
    private const string Id = "ISH2005";

    [Fact]
    public Task Two_services_waiting_for_each_other_report_ISH2005() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                var b = stack.AddService("b").WithImage("nginx:1.27").WaitFor(a);
                a.WaitFor({|ISH2005:b|});
        """), Id);

    [Fact]
    public Task Service_waiting_for_itself_reports_ISH2005() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                a.WaitFor({|ISH2005:a|});
        """), Id);

    [Fact]
    public Task Three_service_cycle_through_a_link_reports_ISH2005() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                var b = stack.AddService("b").WithImage("nginx:1.27").WaitFor(a);
                var c = stack.AddService("c").WithImage("nginx:1.27").WithLink(b);
                a.WaitForCompletion({|ISH2005:c|});
        """), Id);

    [Fact]
    public Task Chain_without_cycle_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                var b = stack.AddService("b").WithImage("nginx:1.27").WaitFor(a);
                stack.AddService("c").WithImage("nginx:1.27").WaitFor(b).WaitFor(a);
        """), Id);

    [Fact]
    public Task Edge_added_in_a_branch_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a").WithImage("nginx:1.27");
                var b = stack.AddService("b").WithImage("nginx:1.27").WaitFor(a);
                if (Environment.ProcessorCount > 64)
                {
                    a.WaitFor(b);
                }
        """), Id);
}
