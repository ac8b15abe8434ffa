using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class SecretLiteralInEnvironmentAnalyzerTests
{
    private const string Id = "ISH4107";

    [Fact]
    public Task Password_literal_reports_ISH4107_at_the_value() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("db").WithImage("postgres:16").WithEnvironment("POSTGRES_PASSWORD", {|ISH4107:"hunter2"|});
        """), Id);

    [Fact]
    public Task Api_key_literal_reports_ISH4107() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("api").WithImage("acme/api:1.0").WithEnvironment("stripe_api_key", {|ISH4107:"sk_live_123"|});
        """), Id);

    [Fact]
    public Task References_paths_and_plain_settings_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("db").WithImage("postgres:16")
                    .WithEnvironment("POSTGRES_PASSWORD", "${POSTGRES_PASSWORD}")
                    .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db")
                    .WithEnvironment("LOG_LEVEL", "debug");
        """), Id);

    [Fact]
    public Task Non_constant_value_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("db").WithImage("postgres:16").WithEnvironment("POSTGRES_PASSWORD", Environment.GetEnvironmentVariable("PW")!);
        """), Id);
}
