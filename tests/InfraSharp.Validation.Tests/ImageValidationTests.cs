using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class ImageValidationTests
{
    [Fact]
    public void Upper_case_image_reports_ISH2007()
    {
        Validate.Stack(s => s.CleanService("web").WithImage("Acme/Web:1.0"))
            .Single(DiagnosticIds.InvalidImageReference).Names("services.web", "Service 'web'", "'Acme/Web:1.0'").At("ImageValidationTests.cs");
    }

    [Fact]
    public void Valid_image_reports_no_ISH2007() =>
        Validate.Stack(s => s.CleanService("web").WithImage("registry.example.com:5000/acme/web:1.0")).HasNo(DiagnosticIds.InvalidImageReference);

    [Fact]
    public void Service_without_image_or_build_reports_ISH2010() =>
        Validate.Stack(s => s.AddService("web"))
            .Single(DiagnosticIds.NoImageOrBuild).Names("services.web", "Service 'web'").At("ImageValidationTests.cs");

    [Fact]
    public void Init_container_without_image_reports_ISH2010() =>
        Validate.Stack(s => s.CleanService("web").WithInitContainer("migrate", c => c.WithCommand("migrate")))
            .Single(DiagnosticIds.NoImageOrBuild).Names("services.web.initContainers.migrate", "Init container 'migrate' of service 'web'");

    [Fact]
    public void Build_only_service_reports_ISH4001_for_kubernetes()
    {
        var diagnostic = Validate.Stack(s => s.AddService("web").WithBuild("./src"))
            .Single(DiagnosticIds.BuildOnlyServiceOnKubernetes).Names("services.web", "Service 'web'", "'./src'");
        Assert.Contains("image:", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_only_service_is_fine_for_compose_only() =>
        Validate.Stack(s => s.AddService("web").WithBuild("./src"), EmitTargets.Compose).HasNoErrors();

    [Fact]
    public void Build_with_image_reports_neither_ISH4001_nor_ISH2010()
    {
        var diagnostics = Validate.Stack(s => s.AddService("web").WithBuild(".", image: "ghcr.io/acme/web:1.4"));
        diagnostics.HasNo(DiagnosticIds.BuildOnlyServiceOnKubernetes);
        diagnostics.HasNo(DiagnosticIds.NoImageOrBuild);
    }
}
