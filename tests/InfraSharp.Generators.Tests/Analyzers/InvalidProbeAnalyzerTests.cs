using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidProbeAnalyzerTests
{
    private const string Id = "ISH2018";

    [Fact]
    public Task Bad_http_and_tcp_probes_report_ISH2018_at_the_argument() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithHealthCheck(Probe.Http({|ISH2018:"healthz"|}, {|ISH2018:0|}));
                stack.AddService("b").WithImage("nginx:1.27").WithHealthCheck(Probe.Http(port: {|ISH2018:70000|}, path: "/"));
                stack.AddService("c").WithImage("nginx:1.27").WithHealthCheck(Probe.Tcp({|ISH2018:-1|}));
        """), Id);

    [Fact]
    public Task Empty_exec_commands_report_ISH2018_at_the_call() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithHealthCheck(Probe.{|ISH2018:Exec()|});
                stack.AddService("b").WithImage("nginx:1.27").WithHealthCheck(Probe.{|ISH2018:Exec("", " ")|});
                stack.AddService("c").WithImage("nginx:1.27").WithHealthCheck(Probe.{|ISH2018:Exec(new string[0])|});
        """), Id);

    [Fact]
    public Task Timings_that_are_not_positive_report_ISH2018_at_the_argument() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithHealthCheck(Probe.Tcp(5432).WithTimings(
                    interval: {|ISH2018:TimeSpan.Zero|}, timeout: {|ISH2018:TimeSpan.FromSeconds(-1)|}, retries: {|ISH2018:0|}, startPeriod: {|ISH2018:TimeSpan.FromMinutes(-1)|}));
                stack.AddService("b").WithImage("nginx:1.27").WithHealthCheck(Probe.Tcp(5432).WithTimings(startPeriod: TimeSpan.FromSeconds(5), timeout: {|ISH2018:default(TimeSpan)|}));
                stack.AddService("c").WithImage("nginx:1.27").WithHealthCheck(Probe.Tcp(5432).WithTimings({|ISH2018:new TimeSpan(0, 0, 0)|}));
        """), Id);

    [Fact]
    public Task Valid_probes_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").WithHealthCheck(Probe.Exec("redis-cli", "ping"));
                stack.AddService("b").WithImage("nginx:1.27").WithHealthCheck(Probe.Http("/healthz", 8080).WithTimings(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(500), 3, TimeSpan.Zero));
                stack.AddService("c").WithImage("nginx:1.27").WithHealthCheck(Probe.Tcp(5432).WithTimings(interval: new TimeSpan(0, 1, -30), retries: null));
        """), Id);

    [Fact]
    public Task Non_constant_probe_values_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var args = Environment.GetCommandLineArgs();
                var port = Environment.ProcessorCount - 100;
                stack.AddService("a").WithImage("nginx:1.27").WithHealthCheck(Probe.Exec(args));
                stack.AddService("b").WithImage("nginx:1.27").WithHealthCheck(Probe.Http(Environment.MachineName, port)
                    .WithTimings(TimeSpan.FromSeconds(port), retries: port));
        """), Id);
}
