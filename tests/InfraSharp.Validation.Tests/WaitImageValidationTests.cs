using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

/// <summary>The image of the Kubernetes wait init containers (WithKubernetesWaitImage) is checked like a service image.</summary>
public class WaitImageValidationTests
{
    [Fact]
    public void Invalid_wait_image_reports_ISH2007_at_the_call() =>
        Validate.Stack(s => s.WithKubernetesWaitImage("BusyBox:1.36"))
            .Single(DiagnosticIds.InvalidImageReference)
            .Names("kubernetesWaitImage", "wait image of stack 'shop'", "'BusyBox:1.36'")
            .At("WaitImageValidationTests.cs");

    [Fact]
    public void Empty_wait_image_reports_ISH2007() =>
        Validate.Stack(s => s.WithKubernetesWaitImage("")).Single(DiagnosticIds.InvalidImageReference).Names("kubernetesWaitImage");

    [Theory]
    [InlineData("busybox", "without a tag")]
    [InlineData("busybox:latest", "'latest'")]
    public void Unpinned_wait_image_reports_ISH4101(string image, string text)
    {
        var diagnostic = Validate.Stack(s => s.WithKubernetesWaitImage(image))
            .Single(DiagnosticIds.LatestOrMissingTag).Names("kubernetesWaitImage", "'" + image + "'", text).At("WaitImageValidationTests.cs");
        Assert.Contains("busybox:<version>", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpinned_wait_image_is_fine_for_compose_only() =>
        Validate.Stack(s => s.WithKubernetesWaitImage("busybox"), EmitTargets.Compose).HasNo(DiagnosticIds.LatestOrMissingTag);

    [Fact]
    public void Pinned_wait_image_reports_nothing()
    {
        var diagnostics = Validate.Stack(s =>
        {
            s.WithKubernetesWaitImage("docker.io/library/busybox:1.36");
            var db = s.CleanService("db");
            s.CleanService("web").WaitFor(db);
        });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void No_wait_image_reports_nothing_about_it() =>
        Assert.DoesNotContain(Validate.Stack(s => s.CleanService("web")), d => d.ObjectPath == "kubernetesWaitImage");
}
