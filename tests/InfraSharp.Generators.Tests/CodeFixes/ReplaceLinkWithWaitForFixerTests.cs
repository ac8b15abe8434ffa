using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class ReplaceLinkWithWaitForFixerTests
{
    private const string Id = "ISH2021";

    [Fact]
    public Task WithLink_becomes_WaitFor() =>
        CodeFixVerifier<StackDefinitionAnalyzer, ReplaceLinkWithWaitForFixer>.VerifyAsync(
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(redis)|}.WithUser("1000");
            """),
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").WaitFor(redis).WithUser("1000");
            """),
            Id);

    [Fact]
    public Task Named_service_argument_becomes_dependency_and_a_null_alias_goes() =>
        CodeFixVerifier<StackDefinitionAnalyzer, ReplaceLinkWithWaitForFixer>.VerifyAsync(
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    var db = stack.AddService("db").WithImage("postgres:16");
                    stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(alias: null, service: redis)|};
                    stack.AddService("api").WithImage("nginx:1.27").{|ISH2021:WithLink(db, null)|};
            """),
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    var db = stack.AddService("db").WithImage("postgres:16");
                    stack.AddService("web").WithImage("nginx:1.27").WaitFor(dependency: redis);
                    stack.AddService("api").WithImage("nginx:1.27").WaitFor(db);
            """),
            Id);

    [Fact]
    public Task Link_with_an_alias_is_left_alone() =>
        CodeFixVerifier<StackDefinitionAnalyzer, ReplaceLinkWithWaitForFixer>.VerifyAsync(
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(redis, "cache")|};
            """),
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(redis, "cache")|};
            """),
            Id);
}
