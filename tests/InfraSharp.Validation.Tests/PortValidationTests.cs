using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class PortValidationTests
{
    [Fact]
    public void Port_above_65535_reports_ISH2003()
    {
        Validate.Stack(s => s.CleanService("web").WithPort(70000))
            .Where(d => d.Id == DiagnosticIds.PortOutOfRange).First()
            .Names("services.web.ports[1]", "Service 'web'", "70000").At("PortValidationTests.cs");
    }

    [Fact]
    public void Published_port_zero_reports_ISH2003_for_the_host_port()
    {
        Validate.Stack(s => s.CleanService("web").WithPort(80, hostPort: 0))
            .Single(DiagnosticIds.PortOutOfRange).Names("services.web.ports[1]", "host port 0");
    }

    [Fact]
    public void Ports_in_range_report_no_ISH2003() =>
        Validate.Stack(s => s.CleanService("web").WithPort(80, hostPort: 65535).WithInternalPort(1)).HasNo(DiagnosticIds.PortOutOfRange);

    [Fact]
    public void Sidecar_port_out_of_range_reports_ISH2003_on_the_sidecar() =>
        Validate.Stack(s => s.CleanService("web").WithSidecar("proxy", c => c.WithImage("envoyproxy/envoy:v1.30").WithInternalPort(-1)))
            .Single(DiagnosticIds.PortOutOfRange).Names("services.web.sidecars.proxy.ports[0]", "-1");

    [Fact]
    public void Host_port_published_by_two_services_reports_ISH2004_at_the_second()
    {
        Validate.Stack(s =>
            {
                s.CleanService("web").WithPort(80, hostPort: 8080);
                s.CleanService("api").WithPort(5000, hostPort: 8080);
            })
            .Single(DiagnosticIds.HostPortPublishedTwice)
            .Names("services.api.ports[1]", "8080/tcp", "services.web.ports[1]", "services.api.ports[1]").At("PortValidationTests.cs");
    }

    [Fact]
    public void Same_host_port_on_other_protocol_or_address_reports_no_ISH2004()
    {
        Validate.Stack(s =>
            {
                s.CleanService("dns").WithPort(53, protocol: PortProtocol.Tcp).WithPort(53, protocol: PortProtocol.Udp);
                s.CleanService("a").WithPort(80, hostPort: 8080, hostIp: "127.0.0.1");
                s.CleanService("b").WithPort(80, hostPort: 8080, hostIp: "127.0.0.2");
            })
            .HasNo(DiagnosticIds.HostPortPublishedTwice);
    }

    [Fact]
    public void Wildcard_address_clashes_with_a_specific_address_ISH2004()
    {
        Validate.Stack(s =>
            {
                s.CleanService("a").WithPort(80, hostPort: 8080, hostIp: "127.0.0.1");
                s.CleanService("b").WithPort(80, hostPort: 8080);
            })
            .Single(DiagnosticIds.HostPortPublishedTwice).Names("services.b.ports[1]", "8080");
    }

    [Fact]
    public void Internal_ports_never_clash() =>
        Validate.Stack(s => { s.CleanService("a", 8080); s.CleanService("b", 8080); }).HasNo(DiagnosticIds.HostPortPublishedTwice);
}
