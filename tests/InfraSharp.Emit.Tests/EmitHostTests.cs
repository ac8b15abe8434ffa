using InfraSharp.Emit.Host;

namespace InfraSharp.Emit.Tests;

public sealed class EmitHostTests : IDisposable
{
    private static readonly string FixtureAssembly = Path.Combine(AppContext.BaseDirectory, "InfraSharp.Emit.Tests.Stacks.dll");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int ExitCode, string Output) Run(EmitMode mode = EmitMode.Write, params string[] stacks) =>
        Run(null, mode, InfraSharp.Emit.EmitTargets.Compose, stacks);

    private (int ExitCode, string Output) Run(string? compilerLog, EmitMode mode, InfraSharp.Emit.EmitTargets targets, params string[] stacks)
    {
        var output = new StringWriter { NewLine = "\n" };
        var exitCode = EmitHost.Run(new EmitHostOptions
        {
            AssemblyPath = FixtureAssembly,
            OutputDirectory = _temp.Combine("deploy"),
            ProjectDirectory = _temp.Path,
            Targets = targets,
            Mode = mode,
            StackFilter = stacks,
            CompilerErrorLog = compilerLog,
        }, output);
        return (exitCode, output.ToString());
    }

    [Fact]
    public void Valid_stack_is_written_under_its_name_and_exits_0()
    {
        var (exitCode, output) = Run(EmitMode.Write, "shop");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        Assert.Contains("web:", File.ReadAllText(_temp.Combine("deploy", "shop", "compose.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Throwing_stack_reports_ISH5001_at_the_throwing_line_and_writes_nothing()
    {
        var (exitCode, output) = Run(EmitMode.Write, "shop", "throwing");

        Assert.Equal(EmitExitCodes.StackErrors, exitCode);
        Assert.Matches(@"FixtureStacks\.cs\(27,\d+\): error ISH5001: stack 'throwing' threw InvalidOperationException: settings file missing", output);
        Assert.False(Directory.Exists(_temp.Combine("deploy")));
    }

    [Fact]
    public void Invalid_stack_reports_its_rule_at_the_user_line_and_keeps_earlier_manifests()
    {
        Assert.Equal(EmitExitCodes.Success, Run(EmitMode.Write, "shop").ExitCode);
        var compose = _temp.Combine("deploy", "shop", "compose.yaml");
        var before = File.ReadAllText(compose);
        var stamp = File.GetLastWriteTimeUtc(compose);

        var (exitCode, output) = Run(EmitMode.Write, "shop", "invalid");

        Assert.Equal(EmitExitCodes.StackErrors, exitCode);
        Assert.Matches(@"FixtureStacks\.cs\(38,\d+\): error ISH2003: stack 'invalid'", output);
        Assert.Equal(before, File.ReadAllText(compose));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(compose));
        Assert.False(Directory.Exists(_temp.Combine("deploy", "invalid")));
    }

    [Fact]
    public void Runtime_warnings_already_in_the_compiler_log_are_not_repeated_but_the_others_are()
    {
        // Best-practice warnings belong to the Kubernetes target.
        var (_, alone) = Run(null, EmitMode.Validate, InfraSharp.Emit.EmitTargets.All, "shop");
        var warnings = System.Text.RegularExpressions.Regex.Matches(alone, @"^(?<file>.+)\((?<line>\d+),1\): warning (?<id>ISH\d{4}):", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(warnings.Count >= 2, alone);
        // The analyzers "reported" every warning but the last one.
        var results = warnings.Take(warnings.Count - 1).Select(w =>
            """{"ruleId":"ID","locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":LINE,"startColumn":9}}}]}"""
                .Replace("ID", w.Groups["id"].Value, StringComparison.Ordinal)
                .Replace("URI", new Uri(w.Groups["file"].Value).AbsoluteUri, StringComparison.Ordinal)
                .Replace("LINE", w.Groups["line"].Value, StringComparison.Ordinal));
        var log = _temp.Combine("compiler.sarif");
        File.WriteAllText(log, """{"version":"2.1.0","runs":[{"results":[RESULTS]}]}""".Replace("RESULTS", string.Join(",", results), StringComparison.Ordinal));

        var (exitCode, output) = Run(log + ",version=2.1", EmitMode.Validate, InfraSharp.Emit.EmitTargets.All, "shop");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        var printed = output.Split('\n').Where(l => l.Contains(": warning ISH", StringComparison.Ordinal)).ToList();
        Assert.Equal([warnings[^1].Value], printed.Select(l => l[..warnings[^1].Value.Length]));
        Assert.Contains($"{warnings.Count - 1} run-time warning(s) already reported by the analyzers", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_compiler_log_prints_every_warning_and_still_succeeds()
    {
        var (exitCode, output) = Run(_temp.Combine("nope.sarif"), EmitMode.Validate, InfraSharp.Emit.EmitTargets.All, "shop");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        Assert.Contains("not found; analyzer warnings may be repeated", output, StringComparison.Ordinal);
        Assert.Contains(": warning ISH", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_mode_reports_ISH5004_for_a_hand_edited_file_and_exits_3()
    {
        Run(EmitMode.Write, "shop");
        var compose = _temp.Combine("deploy", "shop", "compose.yaml");
        File.AppendAllText(compose, "# edited\n");

        var (exitCode, output) = Run(EmitMode.Check, "shop");

        Assert.Equal(EmitExitCodes.Differences, exitCode);
        Assert.Contains(compose + ": error ISH5004: 'shop/compose.yaml' differs", output, StringComparison.Ordinal);
        Assert.EndsWith("# edited\n", File.ReadAllText(compose), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_mode_on_up_to_date_files_exits_0()
    {
        Run(EmitMode.Write, "shop");

        Assert.Equal(EmitExitCodes.Success, Run(EmitMode.Check, "shop").ExitCode);
    }

    [Fact]
    public void Validate_mode_writes_nothing()
    {
        var (exitCode, output) = Run(EmitMode.Validate, "shop");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        Assert.False(Directory.Exists(_temp.Combine("deploy")));
    }

    [Fact]
    public void Unknown_stack_name_is_a_usage_error()
    {
        var (exitCode, output) = Run(EmitMode.Write, "nope");

        Assert.Equal(EmitExitCodes.Usage, exitCode);
        Assert.Contains("no stack named 'nope'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_assembly_is_a_usage_error()
    {
        var output = new StringWriter();
        var exitCode = EmitHost.Run(new EmitHostOptions { AssemblyPath = _temp.Combine("missing.dll"), OutputDirectory = _temp.Path }, output);

        Assert.Equal(EmitExitCodes.Usage, exitCode);
        Assert.Contains("not found", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_parsed_into_options()
    {
        var options = EmitHostArguments.Parse(["--assembly", "a.dll", "--output", "out", "--targets", "kubernetes", "--check", "--stack", "shop"], out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(InfraSharp.Emit.EmitTargets.Kubernetes, options.Targets);
        Assert.Equal(EmitMode.Check, options.Mode);
        Assert.Equal(["shop"], options.StackFilter);
    }

    [Fact]
    public void Compiler_log_path_map_and_no_warn_arguments_are_parsed()
    {
        var options = EmitHostArguments.Parse(["--assembly", "a.dll", "--output", "out", "--compiler-log", "obj/x.sarif,version=2.1", "--path-map", "/src/=/_/", "--no-warn", "1701,1702;ISH4105"], out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal("obj/x.sarif,version=2.1", options.CompilerErrorLog);
        Assert.Equal("/src/=/_/", options.PathMap);
        Assert.Equal(["1701", "1702", "ISH4105"], options.NoWarn);
    }

    [Theory]
    [InlineData("--output", "out")]
    [InlineData("--assembly", "a.dll", "--output", "out", "--targets", "helm")]
    [InlineData("--assembly", "a.dll", "--output", "out", "--bogus")]
    [InlineData("--assembly", "a.dll", "--output")]
    public void Bad_arguments_give_an_error(params string[] args)
    {
        Assert.Null(EmitHostArguments.Parse(args, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Run_time_warning_treated_as_error_fails_the_run_and_writes_nothing()
    {
        var output = new StringWriter { NewLine = "\n" };
        var exitCode = EmitHost.Run(new EmitHostOptions
        {
            AssemblyPath = FixtureAssembly,
            OutputDirectory = _temp.Combine("deploy"),
            ProjectDirectory = _temp.Path,
            Targets = InfraSharp.Emit.EmitTargets.All,
            StackFilter = ["shop"],
            WarningsAsErrors = WarningsAsErrors.From(all: true, ids: null, except: null),
        }, output);

        Assert.Equal(EmitExitCodes.StackErrors, exitCode);
        Assert.Matches(@": error ISH41\d\d: stack 'shop'", output.ToString());
        Assert.False(Directory.Exists(_temp.Combine("deploy")));
    }

    [Fact]
    public void Warnaserror_arguments_are_parsed()
    {
        var options = EmitHostArguments.Parse(["--assembly", "a.dll", "--output", "out", "--warnaserror", "--warnnotaserror-ids", "NU1603;ISH4101"], out var error);

        Assert.Null(error);
        Assert.True(options!.WarningsAsErrors.Promotes("ISH4102"));
        Assert.False(options.WarningsAsErrors.Promotes("ISH4101"));
    }
}
