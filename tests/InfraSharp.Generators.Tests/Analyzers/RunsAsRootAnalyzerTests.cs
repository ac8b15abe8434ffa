using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class RunsAsRootAnalyzerTests
{
    private const string Id = "ISH4105";

    [Fact]
    public Task Service_without_user_reports_ISH4105_when_enabled() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH4105:AddService("web")|}.WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Root_user_reports_ISH4105_at_the_argument() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithUser({|ISH4105:"root"|});
                stack.AddService("b").WithImage("nginx:1.27").WithUser({|ISH4105:"0:0"|});
        """), Id);

    [Fact]
    public Task Non_root_or_non_constant_user_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithUser("1000:1000");
                stack.AddService("b").WithImage("nginx:1.27").WithUser(Environment.UserName);
        """), Id);

    [Fact]
    public void ISH4105_is_off_by_default() =>
        Assert.False(InfraSharp.Generators.Diagnostics.DiagnosticDescriptors.RunsAsRoot.IsEnabledByDefault);
}
