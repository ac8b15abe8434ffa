using InfraSharp.Cli;
using InfraSharp.Emit.Host;

namespace InfraSharp.Cli.Tests;

public sealed class CliAppTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "InfraSharp.Emit.Tests.Stacks.dll");
    private readonly string _output = Path.Combine(Path.GetTempPath(), "infrasharp-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        return (CliApp.Run(args, writer), writer.ToString());
    }

    [Fact]
    public void Emit_writes_the_selected_stack_and_exits_0()
    {
        var (exitCode, output) = Run("emit", Fixture, "--output", _output, "--stack", "shop", "--targets", "compose");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        Assert.True(File.Exists(Path.Combine(_output, "shop", "compose.yaml")));
    }

    [Fact]
    public void Emit_of_a_throwing_stack_exits_1_and_writes_nothing()
    {
        var (exitCode, output) = Run("emit", Fixture, "--output", _output, "--stack", "throwing");

        Assert.Equal(EmitExitCodes.StackErrors, exitCode);
        Assert.Contains("error ISH5001", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void Validate_reports_the_rule_id_exits_1_and_writes_nothing()
    {
        var (exitCode, output) = Run("validate", Fixture, "--stack", "invalid");

        Assert.Equal(EmitExitCodes.StackErrors, exitCode);
        Assert.Contains("error ISH2003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_valid_stack_exits_0()
    {
        Assert.Equal(EmitExitCodes.Success, Run("validate", Fixture, "--stack", "shop").ExitCode);
    }

    [Fact]
    public void Diff_lists_missing_files_with_exit_3_then_0_after_emit()
    {
        var (exitCode, output) = Run("diff", Fixture, "--output", _output, "--stack", "shop", "--targets", "compose");
        Assert.Equal(EmitExitCodes.Differences, exitCode);
        Assert.Contains("+ shop/compose.yaml", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));

        Run("emit", Fixture, "--output", _output, "--stack", "shop", "--targets", "compose");

        Assert.Equal(EmitExitCodes.Success, Run("diff", Fixture, "--output", _output, "--stack", "shop", "--targets", "compose").ExitCode);
    }

    [Fact]
    public void Unknown_targets_value_is_a_usage_error()
    {
        Assert.Equal(EmitExitCodes.Usage, Run("emit", Fixture, "--output", _output, "--targets", "helm").ExitCode);
    }

    [Fact]
    public void Missing_input_argument_is_a_usage_error()
    {
        var (exitCode, output) = Run("emit");

        Assert.Equal(EmitExitCodes.Usage, exitCode);
        Assert.Contains("infrasharp --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_that_is_neither_assembly_nor_project_is_a_usage_error()
    {
        Assert.Equal(EmitExitCodes.Usage, Run("validate", Path.Combine(_output, "nothing.txt")).ExitCode);
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var (exitCode, output) = Run("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(EmitExitCodes.Usage, Run("deploy", "x").ExitCode);
    }

    [Fact]
    public void Explain_of_an_unknown_id_exits_2()
    {
        var (exitCode, output) = Run("explain", "ISH9999");

        Assert.Equal(EmitExitCodes.Usage, exitCode);
        Assert.Contains("no documentation for 'ISH9999'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_embedded_page_of_every_documented_id()
    {
        foreach (var id in RuleDocs.Ids())
        {
            var (exitCode, output) = Run("explain", id.ToLowerInvariant());
            Assert.Equal(EmitExitCodes.Success, exitCode);
            Assert.Contains(id, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_every_command_and_the_exit_codes()
    {
        var (exitCode, output) = Run("--help");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "infrasharp [command]", "emit", "validate", "diff", "explain", "Exit codes" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }
}
