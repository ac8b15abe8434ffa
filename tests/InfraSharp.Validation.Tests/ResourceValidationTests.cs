using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class ResourceValidationTests
{
    [Theory]
    [InlineData("1Gi", null, "CPU request")]
    [InlineData(null, "abc", "CPU limit")]
    public void Invalid_cpu_reports_ISH2008(string? request, string? limit, string label)
    {
        Validate.Stack(s => s.CleanService("web").WithResources(cpuRequest: request, cpuLimit: limit ?? "2"))
            .Single(DiagnosticIds.InvalidQuantity).Names("services.web.resources", "Service 'web'", label, "'" + (request ?? limit) + "'");
    }

    [Fact]
    public void Memory_in_milli_bytes_reports_ISH2008_suggesting_mebibytes()
    {
        var diagnostic = Validate.Stack(s => s.CleanService("web").WithResources(memoryRequest: "100m", memoryLimit: "1Gi"))
            .Single(DiagnosticIds.InvalidQuantity).Names("services.web.resources", "memory request", "'100m'");
        Assert.Contains("128Mi", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_below_request_reports_ISH2008()
    {
        var diagnostic = Validate.Stack(s => s.CleanService("web").WithResources(memoryRequest: "1Gi", memoryLimit: "512Mi"))
            .Single(DiagnosticIds.InvalidQuantity).Names("services.web.resources", "'512Mi'", "'1Gi'");
        Assert.Contains("at least '1Gi'", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpu_limit_equal_to_request_in_other_notation_reports_no_ISH2008() =>
        Validate.Stack(s => s.CleanService("web").WithResources(cpuRequest: "500m", cpuLimit: "0.5", memoryRequest: "1024Mi", memoryLimit: "1Gi"))
            .HasNo(DiagnosticIds.InvalidQuantity);

    [Fact]
    public void Invalid_volume_size_reports_ISH2008() =>
        Validate.Stack(s => s.AddVolume("data").WithSize("10GB"))
            .Single(DiagnosticIds.InvalidQuantity).Names("volumes.data", "Volume 'data'", "'10GB'").At("ResourceValidationTests.cs");

    [Fact]
    public void Invalid_tmpfs_size_reports_ISH2008() =>
        Validate.Stack(s => s.CleanService("web").WithTmpfs("/tmp", "64 MB"))
            .Single(DiagnosticIds.InvalidQuantity).Names("services.web.mounts[0]", "'64 MB'").At("ResourceValidationTests.cs");

    [Fact]
    public void Valid_sizes_report_no_ISH2008() =>
        Validate.Stack(s => s.CleanService("web").WithTmpfs("/tmp", "64Mi").WithVolume(s.AddVolume("data").WithSize("10Gi"), "/data"))
            .HasNo(DiagnosticIds.InvalidQuantity);
}
