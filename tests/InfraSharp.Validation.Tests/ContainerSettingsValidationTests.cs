using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

/// <summary>Network mode (ISH2011), environment names (ISH2013) and health checks (ISH2018).</summary>
public class ContainerSettingsValidationTests
{
    [Fact]
    public void Host_network_mode_with_networks_reports_ISH2011()
    {
        Validate.Stack(s => s.CleanService("web").WithNetwork(s.AddNetwork("front")).WithNetworkMode(NetworkMode.Host))
            .Single(DiagnosticIds.NetworkModeWithNetworks).Names("services.web", "Service 'web'", "Host", "'front'").At("ContainerSettingsValidationTests.cs");
    }

    [Fact]
    public void Network_mode_none_without_networks_reports_no_ISH2011() =>
        Validate.Stack(s => s.CleanService("web").WithNetworkMode(NetworkMode.None)).HasNo(DiagnosticIds.NetworkModeWithNetworks);

    [Fact]
    public void Invalid_environment_name_reports_ISH2013() =>
        Validate.Stack(s => s.CleanService("web").WithEnvironment("1ST VALUE", "x"))
            .Single(DiagnosticIds.InvalidEnvironmentName).Names("services.web.environment.1ST VALUE", "Service 'web'", "'1ST VALUE'");

    [Fact]
    public void Valid_environment_names_report_no_ISH2013() =>
        Validate.Stack(s => s.CleanService("web").WithEnvironment("ASPNETCORE_URLS", "http://+:8080").WithEnvironment("log.level", "debug"))
            .HasNo(DiagnosticIds.InvalidEnvironmentName);

    [Fact]
    public void Probe_with_zero_timeout_and_bad_port_reports_ISH2018_once_listing_both()
    {
        Validate.Stack(s => s.CleanService("web").WithHealthCheck(Probe.Tcp(0).WithTimings(timeout: TimeSpan.Zero)))
            .Single(DiagnosticIds.InvalidProbe).Names("services.web.healthcheck", "Service 'web'", "timeout 0s", "port 0").At("ContainerSettingsValidationTests.cs");
    }

    [Fact]
    public void Probe_with_relative_http_path_and_no_retries_reports_ISH2018() =>
        Validate.Stack(s => s.CleanService("web").WithHealthCheck(Probe.Http("healthz", 8080).WithTimings(retries: 0)))
            .Single(DiagnosticIds.InvalidProbe).Names("services.web.healthcheck", "'healthz'", "retries 0");

    [Fact]
    public void Exec_probe_without_command_reports_ISH2018() =>
        Validate.Stack(s => s.CleanService("web").WithHealthCheck(Probe.Exec()))
            .Single(DiagnosticIds.InvalidProbe).Names("services.web.healthcheck", "command is empty");

    [Fact]
    public void Valid_probe_reports_no_ISH2018() =>
        Validate.Stack(s => s.CleanService("web").WithHealthCheck(Probe.Exec("redis-cli", "ping").WithTimings(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 5)))
            .HasNo(DiagnosticIds.InvalidProbe);
}
