using InfraSharp.Emit.Host;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Emit.Tests;

public sealed class DiagnosticPrinterTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _output = new() { NewLine = "\n" };

    public void Dispose() => _temp.Dispose();

    private string Stacks => _temp.Combine("Stacks.cs");

    private static StackDiagnostic Diagnostic(string id, Severity severity, string file, int line) =>
        new(id, severity, "shop", "services.web", "Something is off.", "Do it right.", new SourceLocation(file, line));

    // The analyzers reported ISH4101 and ISH2003 at Stacks.cs line 16.
    private DiagnosticPrinter Printer(SourcePathMap? pathMap = null, params string[] noWarn)
    {
        var log = _temp.Combine("errors.sarif");
        var uri = new Uri(Stacks).AbsoluteUri;
        File.WriteAllText(log, """
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"ISH4101","locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":16,"startColumn":57}}}]},
              {"ruleId":"ISH2003","locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":16,"startColumn":30}}}]}
            ]}]}
            """.Replace("URI", uri, StringComparison.Ordinal));
        return new DiagnosticPrinter(_output, CompilerReportedDiagnostics.Load(log, _temp.Path, out _), pathMap, noWarn);
    }

    [Fact]
    public void Runtime_warning_the_analyzers_reported_at_the_same_line_is_not_repeated()
    {
        var printer = Printer();

        printer.Print(Diagnostic("ISH4101", Severity.Warning, Stacks, 16));

        Assert.Equal(string.Empty, _output.ToString());
        Assert.Equal(1, printer.AlreadyReported);
    }

    [Theory]
    [InlineData("ISH4101", 17)]
    [InlineData("ISH4102", 16)]
    public void Runtime_warning_with_another_line_or_id_is_printed(string id, int line)
    {
        var printer = Printer();

        printer.Print(Diagnostic(id, Severity.Warning, Stacks, line));

        Assert.Contains($"{Stacks}({line},1): warning {id}: stack 'shop', services.web: Something is off. Fix: Do it right.", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, printer.AlreadyReported);
    }

    [Fact]
    public void Runtime_warning_in_another_file_is_printed()
    {
        Printer().Print(Diagnostic("ISH4101", Severity.Warning, _temp.Combine("Other.cs"), 16));

        Assert.Contains("warning ISH4101", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_printed_even_when_the_analyzers_reported_them()
    {
        Printer().Print(Diagnostic("ISH2003", Severity.Error, Stacks, 16));

        Assert.Contains($"{Stacks}(16,1): error ISH2003:", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoWarn_silences_runtime_warnings_but_never_errors()
    {
        var printer = Printer(null, "ISH4105", "ISH2003");

        printer.Print(Diagnostic("ISH4105", Severity.Warning, Stacks, 30));
        printer.Print(Diagnostic("ISH2003", Severity.Error, Stacks, 31));

        Assert.DoesNotContain("ISH4105", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("error ISH2003", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, printer.Silenced);
    }

    [Fact]
    public void Mapped_caller_paths_are_printed_and_matched_as_the_real_files()
    {
        var printer = Printer(SourcePathMap.Parse(_temp.Path + "/=/_/"));

        printer.Print(Diagnostic("ISH4101", Severity.Warning, "/_/Stacks.cs", 16));
        printer.Print(Diagnostic("ISH4102", Severity.Warning, "/_/Stacks.cs", 20));
        printer.Error(new SourcePosition("/_/Stacks.cs", 21, 9), "ISH5001", "stack 'shop' threw.");

        Assert.Equal(1, printer.AlreadyReported);
        Assert.Equal($"{Stacks}(20,1): warning ISH4102: stack 'shop', services.web: Something is off. Fix: Do it right.\n{Stacks}(21,9): error ISH5001: stack 'shop' threw.\n", _output.ToString());
    }

    [Fact]
    public void Unknown_location_is_printed_without_origin()
    {
        Printer().Print(Diagnostic("ISH4101", Severity.Warning, string.Empty, 0));

        Assert.StartsWith("warning ISH4101: stack 'shop'", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warning_the_project_treats_as_error_is_printed_as_an_error_and_counted()
    {
        var printer = new DiagnosticPrinter(_output, warningsAsErrors: WarningsAsErrors.From(all: true, ids: null, except: "ISH4102"));

        printer.Print(Diagnostic("ISH4101", Severity.Warning, Stacks, 20));
        printer.Print(Diagnostic("ISH4102", Severity.Warning, Stacks, 21));
        printer.Print(Diagnostic("ISH4003", Severity.Info, Stacks, 22));

        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(": error ISH4101:", lines[0], StringComparison.Ordinal);
        Assert.Contains(": warning ISH4102:", lines[1], StringComparison.Ordinal);
        Assert.Contains(": info ISH4003:", lines[2], StringComparison.Ordinal);
        Assert.Equal(1, printer.PromotedToErrors);
    }

    [Fact]
    public void WarningsAsErrors_names_single_ids_without_TreatWarningsAsErrors()
    {
        var printer = new DiagnosticPrinter(_output, warningsAsErrors: WarningsAsErrors.From(all: false, ids: "ISH4106;ISH4104", except: null));

        printer.Print(Diagnostic("ISH4104", Severity.Warning, Stacks, 20));
        printer.Print(Diagnostic("ISH4101", Severity.Warning, Stacks, 21));

        Assert.Equal(1, printer.PromotedToErrors);
        Assert.Contains(": error ISH4104:", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains(": warning ISH4101:", _output.ToString(), StringComparison.Ordinal);
    }
}
