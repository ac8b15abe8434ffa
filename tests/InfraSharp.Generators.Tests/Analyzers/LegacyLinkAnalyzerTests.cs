using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class LegacyLinkAnalyzerTests
{
    private const string Id = "ISH2021";

    [Fact]
    public Task Every_link_reports_ISH2021_at_the_call() => Verifier.VerifyAsync(StackSource.Define("""
                var redis = stack.AddService("redis").WithImage("redis:7.2");
                var db = stack.AddService("db").WithImage("postgres:16");
                stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(redis)|}.{|ISH2021:WithLink(db, "database")|};
        """), Id);

    [Fact]
    public Task Link_to_a_service_from_a_helper_still_reports_ISH2021() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").{|ISH2021:WithLink(Cache(stack))|};
                static ServiceBuilder Cache(IStackBuilder s) => s.AddService("cache").WithImage("redis:7.2");
        """), Id);

    [Fact]
    public Task WaitFor_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var redis = stack.AddService("redis").WithImage("redis:7.2");
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(redis);
        """), Id);
}
