using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

/// <summary>ISH2001 for names with their own rules: configs and secrets (subdomains), port names, aliases, the namespace.</summary>
public class InvalidOtherNameAnalyzerTests
{
    private const string Id = "ISH2001";

    [Fact]
    public Task Config_and_secret_names_are_DNS_subdomains() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddConfig("nginx.conf").FromFile("nginx.conf");
                stack.AddConfig({|ISH2001:"Nginx.Conf"|}).FromFile("nginx.conf");
                stack.AddSecret({|ISH2001:"db_password"|}).FromEnvironment("DB_PASSWORD");
                stack.AddSecret("tls.key").FromFile("tls.key");
        """), Id);

    [Fact]
    public Task Invalid_port_names_report_ISH2001() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort(80, name: {|ISH2001:"http-web-frontend"|}).WithInternalPort(9090, name: {|ISH2001:"9090"|})
                    .WithInternalPort(9091, name: "metrics").WithPort(443, name: null);
        """), Id);

    [Fact]
    public Task Invalid_network_aliases_and_namespace_report_ISH2001() => Verifier.VerifyAsync(StackSource.Define("""
                stack.WithNamespace({|ISH2001:"Shop"|});
                var front = stack.AddNetwork("front");
                stack.AddService("web").WithImage("nginx:1.27").WithNetwork(front, new[] { "cache", {|ISH2001:"Cache_1"|} });
        """), Id);

    [Fact]
    public Task Non_constant_names_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var name = Environment.MachineName;
                stack.WithNamespace(name);
                stack.AddConfig(name).FromFile("x");
                stack.AddService("web").WithImage("nginx:1.27").WithPort(80, name: name).WithNetwork(stack.AddNetwork("front"), new[] { name });
        """), Id);
}
