using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Prints the host's diagnostics as canonical <c>file(line,col): severity ISHnnnn: message</c> lines, which MSBuild's
/// Exec turns into build errors and warnings. Errors are always printed. A run-time warning or info is left out when
/// the compiler's analyzers already reported the same rule at the same file and line (one problem, one line), or
/// when the project's <c>NoWarn</c> names its id (as it silences the analyzers' copy). A printed warning that the
/// project treats as an error (<see cref="WarningsAsErrors"/>) is printed as an error and fails the run.
/// </summary>
internal sealed class DiagnosticPrinter
{
    private readonly TextWriter _output;
    private readonly CompilerReportedDiagnostics _compiler;
    private readonly SourcePathMap _pathMap;
    private readonly HashSet<string> _noWarn;
    private readonly WarningsAsErrors _warningsAsErrors;

    public DiagnosticPrinter(TextWriter output, CompilerReportedDiagnostics? compiler = null, SourcePathMap? pathMap = null,
        IEnumerable<string>? noWarn = null, WarningsAsErrors? warningsAsErrors = null)
    {
        _output = output;
        _compiler = compiler ?? CompilerReportedDiagnostics.None;
        _pathMap = pathMap ?? SourcePathMap.None;
        _noWarn = new HashSet<string>(noWarn ?? [], StringComparer.OrdinalIgnoreCase);
        _warningsAsErrors = warningsAsErrors ?? WarningsAsErrors.None;
    }

    /// <summary>Run-time warnings printed as errors because the project treats them as errors.</summary>
    public int PromotedToErrors { get; private set; }

    /// <summary>Run-time warnings and infos left out because the analyzers reported them already.</summary>
    public int AlreadyReported { get; private set; }

    /// <summary>Run-time warnings and infos left out because of <c>NoWarn</c>.</summary>
    public int Silenced { get; private set; }

    /// <summary>Prints a validation result unless it repeats an analyzer's report.</summary>
    public void Print(StackDiagnostic diagnostic)
    {
        var file = diagnostic.Location.IsKnown ? _pathMap.Unmap(diagnostic.Location.FilePath) : null;
        if (diagnostic.Severity != Severity.Error)
        {
            if (_noWarn.Contains(diagnostic.Id))
            {
                Silenced++;
                return;
            }
            if (file is not null && _compiler.Contains(diagnostic.Id, file, diagnostic.Location.Line))
            {
                AlreadyReported++;
                return;
            }
        }
        var shown = file is null ? diagnostic : diagnostic with { Location = new SourceLocation(file, diagnostic.Location.Line) };
        if (shown.Severity == Severity.Warning && _warningsAsErrors.Promotes(shown.Id))
        {
            shown = shown with { Severity = Severity.Error };
            PromotedToErrors++;
        }
        _output.WriteLine(OneLine(shown.ToString()));
    }

    /// <summary>Prints an error of the host itself (a stack that threw, a file that cannot be written...).</summary>
    public void Error(SourcePosition? at, string id, string message)
    {
        var origin = at is null ? string.Empty : (at with { FilePath = _pathMap.Unmap(at.FilePath) }).ToOrigin();
        _output.WriteLine(OneLine($"{origin}error {id}: {message}"));
    }

    /// <summary>Prints an error about a file or folder (no line): <c>path: error ISHnnnn: message</c>.</summary>
    public void Error(string path, string id, string message) => _output.WriteLine(OneLine($"{path}: error {id}: {message}"));

    /// <summary>Prints a plain line (progress, summaries): shown by MSBuild at normal verbosity.</summary>
    public void Line(string text) => _output.WriteLine(text);

    /// <summary>One line per diagnostic: MSBuild reads line by line.</summary>
    public static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
