using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

/// <summary>Replicas and rollouts (ISH2015/ISH2016), schedules (ISH2017) and ingresses (ISH2020).</summary>
public class WorkloadValidationTests
{
    [Fact]
    public void Negative_replicas_report_ISH2015() =>
        Validate.Stack(s => s.CleanService("web").WithReplicas(-1))
            .Single(DiagnosticIds.InvalidReplicas).Names("services.web", "Service 'web'", "-1").At("WorkloadValidationTests.cs");

    [Fact]
    public void Rolling_update_with_both_zero_reports_ISH2015() =>
        Validate.Stack(s => s.CleanService("web").WithRollingUpdate(0, 0))
            .Single(DiagnosticIds.InvalidReplicas).Names("services.web.rollingUpdate", "maxSurge 0 and maxUnavailable 0");

    [Fact]
    public void Rolling_update_with_negative_value_reports_ISH2015() =>
        Validate.Stack(s => s.CleanService("web").WithRollingUpdate(-1, 1))
            .Single(DiagnosticIds.InvalidReplicas).Names("services.web.rollingUpdate", "maxSurge -1");

    [Fact]
    public void Zero_replicas_and_default_rollout_report_no_ISH2015() =>
        Validate.Stack(s => s.CleanService("web").WithReplicas(0).WithRollingUpdate()).HasNo(DiagnosticIds.InvalidReplicas);

    [Fact]
    public void Container_name_with_three_replicas_reports_ISH2016() =>
        Validate.Stack(s => s.CleanService("web").WithContainerName("shop-web").WithReplicas(3))
            .Single(DiagnosticIds.ContainerNameWithReplicas).Names("services.web", "'shop-web'", "3 replicas").At("WorkloadValidationTests.cs");

    [Fact]
    public void Container_name_with_one_replica_reports_no_ISH2016() =>
        Validate.Stack(s => s.CleanService("web").WithContainerName("shop-web").WithReplicas(1)).HasNo(DiagnosticIds.ContainerNameWithReplicas);

    [Fact]
    public void Invalid_cron_schedule_reports_ISH2017() =>
        Validate.Stack(s => s.CleanService("report").AsCronJob("every day"))
            .Single(DiagnosticIds.InvalidSchedule).Names("services.report", "Service 'report'", "'every day'");

    [Fact]
    public void Empty_cron_schedule_reports_ISH2017_as_missing() =>
        Validate.Stack(s => s.CleanService("report").AsCronJob(" "))
            .Single(DiagnosticIds.InvalidSchedule).Names("services.report", "without a schedule");

    [Fact]
    public void Valid_cron_schedule_reports_no_ISH2017() =>
        Validate.Stack(s => s.CleanService("report").AsCronJob("30 2 * * 1-5")).HasNo(DiagnosticIds.InvalidSchedule);

    [Fact]
    public void Ingress_on_service_without_ports_reports_ISH2020() =>
        Validate.Stack(s => s.AddService("web").WithImage("nginx:1.27").WithIngress("shop.example.com"))
            .Single(DiagnosticIds.IngressWithoutPort).Names("services.web.ingresses[0]", "Service 'web'", "'shop.example.com'").At("WorkloadValidationTests.cs");

    [Fact]
    public void Ingress_after_a_port_reports_no_ISH2020() =>
        Validate.Stack(s => s.CleanService("web").WithIngress("shop.example.com")).HasNo(DiagnosticIds.IngressWithoutPort);
}
