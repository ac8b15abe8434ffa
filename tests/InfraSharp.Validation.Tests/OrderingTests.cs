using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class OrderingTests
{
    private static void Define(IStackBuilder s)
    {
        s.AddVolume("Data");
        s.AddService("b").WithImage("nginx").WithPort(0);
        s.AddService("a").WithImage("Bad");
        s.AddSecret("key");
    }

    [Fact]
    public void Diagnostics_follow_declaration_order_then_rule_id()
    {
        var diagnostics = Validate.Stack(Define);
        var owners = diagnostics.Select(d => d.ObjectPath.Split('.')[0] + "." + d.ObjectPath.Split('.')[1]).Distinct().ToList();
        Assert.Equal(["services.b", "services.a", "volumes.Data", "secrets.key"], owners);
        var ofB = diagnostics.Where(d => d.ObjectPath.StartsWith("services.b", StringComparison.Ordinal)).Select(d => d.Id).ToList();
        Assert.Equal(ofB.Order(StringComparer.Ordinal), ofB);
    }

    [Fact]
    public void Validating_twice_gives_the_same_text() =>
        Assert.Equal(
            string.Join("\n", Validate.Stack(Define).Select(d => d.ToString())),
            string.Join("\n", Validate.Stack(Define).Select(d => d.ToString())));

    [Fact]
    public void Stack_name_diagnostics_come_first_and_point_at_the_build_call()
    {
        var first = Validate.Stack(Define, name: "Shop")[0];
        Assert.Equal(DiagnosticIds.InvalidName, first.Id);
        Assert.Equal("name", first.ObjectPath);
        Assert.Equal("Validate.cs", Path.GetFileName(first.Location.FilePath));
    }

    [Fact]
    public void Null_and_empty_user_values_do_not_crash()
    {
        var diagnostics = Validate.Stack(s => s.AddService(null!).WithImage(null!).WithEnvironment("", null!).WithUser(null!)
            .WithTmpfs(null!, "").WithResources(cpuRequest: ""));
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.InvalidName);
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.InvalidMountPath);
    }
}
