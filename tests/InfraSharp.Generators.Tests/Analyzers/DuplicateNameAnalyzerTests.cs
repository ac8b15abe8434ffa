using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class DuplicateNameAnalyzerTests
{
    private const string Id = "ISH2002";

    [Fact]
    public Task Service_declared_twice_reports_ISH2002_at_the_second_name() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27");
                stack.AddService({|ISH2002:"web"|}).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Volume_declared_twice_through_locals_reports_ISH2002() => Verifier.VerifyAsync(StackSource.Define("""
                var first = stack.AddVolume("data");
                var second = stack.AddVolume({|ISH2002:"data"|});
        """), Id);

    [Fact]
    public Task Same_name_for_different_kinds_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27");
                stack.AddVolume("web");
                stack.AddNetwork("web");
        """), Id);

    [Fact]
    public Task Same_name_in_the_two_branches_of_an_if_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                if (Environment.ProcessorCount > 1)
                {
                    stack.AddService("web").WithImage("nginx:1.27");
                }
                else
                {
                    stack.AddService("web").WithImage("nginx:1.26");
                }
        """), Id);

    [Fact]
    public Task Non_constant_names_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var name = Environment.MachineName;
                stack.AddService(name).WithImage("nginx:1.27");
                stack.AddService(name).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Duplicate_inside_a_lambda_stack_reports_ISH2002() => Verifier.VerifyAsync("""
        using InfraSharp;

        public static class Program
        {
            public static object Build() => StackBuilder.Build("shop", s =>
            {
                s.AddService("a").WithImage("nginx:1.27");
                s.AddService({|ISH2002:"a"|}).WithImage("nginx:1.27");
            });
        }
        """, Id);

    [Fact]
    public Task Same_name_in_two_different_stacks_is_silent() => Verifier.VerifyAsync("""
        using InfraSharp;

        public static class Program
        {
            public static object One() => StackBuilder.Build("one", s => s.AddService("a").WithImage("nginx:1.27"));
            public static object Two() => StackBuilder.Build("two", s => s.AddService("a").WithImage("nginx:1.27"));
        }
        """, Id);

    [Fact]
    public Task Services_declared_after_the_wait_image_call_are_still_read() => Verifier.VerifyAsync(StackSource.Define("""
                stack.WithKubernetesWaitImage("busybox:1.36").AddService("web").WithImage("nginx:1.27");
                stack.AddService({|ISH2002:"web"|}).WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Services_declared_after_an_output_escape_hatch_are_still_read() => Verifier.VerifyAsync(StackSource.Define("""
                stack.ConfigureCompose(file => file.Version = "3.8").AddService("web").WithImage("nginx:1.27");
                stack.ConfigureKubernetes(objects => objects.Clear()).AddService({|ISH2002:"web"|}).WithImage("nginx:1.27");
        """), Id);
}
