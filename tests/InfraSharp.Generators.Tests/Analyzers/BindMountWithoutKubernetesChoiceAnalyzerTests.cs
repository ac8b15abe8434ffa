using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class BindMountWithoutKubernetesChoiceAnalyzerTests
{
    private const string Id = "ISH4002";

    [Fact]
    public Task Bind_mount_without_choice_reports_ISH4002_at_the_call() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").{|ISH4002:WithBindMount(".", "/code")|};
        """), Id);

    [Fact]
    public Task Explicit_null_choice_reports_ISH4002() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").{|ISH4002:WithBindMount("./conf", "/etc/app", true, null)|};
        """), Id);

    [Fact]
    public Task Explicit_choice_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip)
                    .WithBindMount("./conf", "/etc/app", kubernetes: BindMountOnKubernetes.ConfigMap);
        """), Id);

    [Fact]
    public Task Non_constant_choice_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var choice = Environment.ProcessorCount > 1 ? BindMountOnKubernetes.Skip : null;
                stack.AddService("web").WithImage("nginx:1.27").WithBindMount(".", "/code", kubernetes: choice);
        """), Id);
}
