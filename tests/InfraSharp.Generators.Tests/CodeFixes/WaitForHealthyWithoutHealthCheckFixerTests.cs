using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class WaitForHealthyWithoutHealthCheckFixerTests
{
    [Fact]
    public Task Health_check_stub_is_added_to_the_dependency_declaration() =>
        CodeFixVerifier<StackDefinitionAnalyzer, WaitForHealthyWithoutHealthCheckFixer>.VerifyAsync(
            StackSource.Define("""
                    var db = stack.AddService("db").WithImage("postgres:16");
                    stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, {|ISH2009:DependencyCondition.Healthy|});
            """),
            StackSource.Define("""
                    var db = stack.AddService("db").WithHealthCheck(Probe.Exec("true")).WithImage("postgres:16");
                    stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, DependencyCondition.Healthy);
            """),
            "ISH2009");
}
