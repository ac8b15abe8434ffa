using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class MissingSourceAnalyzerTests
{
    private const string Id = "ISH2019";

    [Fact]
    public Task Config_and_secret_without_source_report_ISH2019_at_the_declaration() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH2019:AddConfig("app.conf")|};
                var key = stack.{|ISH2019:AddSecret("key")|};
                stack.AddService("web").WithImage("nginx:1.27").WithSecret(key);
                stack.{|ISH2019:AddSecret("token")|}.FromEnvironment(null!);
        """), Id);

    [Fact]
    public Task Sources_added_later_or_external_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddConfig("a.conf").FromFile("a.conf");
                stack.AddConfig("b.conf").FromContent("x");
                var key = stack.AddSecret("key");
                key.FromEnvironment("KEY");
                stack.AddSecret("tls").AsExternal();
        """), Id);

    [Fact]
    public Task Source_set_in_a_helper_or_non_constant_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var conf = stack.AddConfig("a.conf");
                Fill(conf);
                stack.AddSecret("key").FromFile(Environment.GetEnvironmentVariable("KEY_FILE")!);
                static void Fill(ConfigBuilder config) => config.FromContent("x");
        """), Id);
}
