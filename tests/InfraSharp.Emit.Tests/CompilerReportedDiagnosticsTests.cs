using InfraSharp.Emit.Host;

namespace InfraSharp.Emit.Tests;

public sealed class CompilerReportedDiagnosticsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Stacks => _temp.Combine("src", "My Stacks.cs");

    private string WriteLog(string json)
    {
        var path = _temp.Combine("obj", "errors.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Sarif_2_1_results_are_found_by_id_file_and_line_whatever_the_column()
    {
        var uri = new Uri(Stacks).AbsoluteUri;
        var log = WriteLog("""
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"ISH4101","level":"warning","locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":16,"startColumn":57}}}]},
              {"ruleId":"CS0168","level":"warning","locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":3,"startColumn":1}}}]}
            ]}]}
            """.Replace("URI", uri, StringComparison.Ordinal));

        var reported = CompilerReportedDiagnostics.Load(log + ",version=2.1", _temp.Path, out var problem);

        Assert.Null(problem);
        Assert.Equal(1, reported.Count);
        Assert.True(reported.Contains("ISH4101", Stacks, 16));
        Assert.False(reported.Contains("ISH4101", Stacks, 17));
        Assert.False(reported.Contains("ISH4102", Stacks, 16));
        Assert.False(reported.Contains("ISH4101", _temp.Combine("src", "Other.cs"), 16));
    }

    [Fact]
    public void Sarif_1_results_and_relative_paths_are_read()
    {
        var log = WriteLog("""
            {"version":"1.0.0","runs":[{"results":[
              {"ruleId":"ISH4105","level":"warning","message":"root","locations":[{"resultFile":{"uri":"src/My%20Stacks.cs","region":{"startLine":9,"startColumn":5}}}]}
            ]}]}
            """);

        var reported = CompilerReportedDiagnostics.Load(log, _temp.Path, out var problem);

        Assert.Null(problem);
        Assert.True(reported.Contains("ISH4105", Stacks, 9));
    }

    [Fact]
    public void Suppressed_results_still_count_as_reported()
    {
        var log = WriteLog("""
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"ISH4103","level":"warning","suppressions":[{"kind":"inSource"}],"locations":[{"physicalLocation":{"artifactLocation":{"uri":"URI"},"region":{"startLine":4}}}]}
            ]}]}
            """.Replace("URI", new Uri(Stacks).AbsoluteUri, StringComparison.Ordinal));

        Assert.True(CompilerReportedDiagnostics.Load(log, _temp.Path, out _).Contains("ISH4103", Stacks, 4));
    }

    [Fact]
    public void Missing_log_reports_a_problem_and_matches_nothing()
    {
        var reported = CompilerReportedDiagnostics.Load(_temp.Combine("none.sarif"), _temp.Path, out var problem);

        Assert.Contains("not found", problem, StringComparison.Ordinal);
        Assert.Equal(0, reported.Count);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"runs":{"results":7}}""")]
    [InlineData("""{"runs":[{"results":[{"ruleId":"ISH4101","locations":[{"physicalLocation":{"region":{"startLine":"x"}}}]}]}]}""")]
    [InlineData("[]")]
    public void Malformed_log_never_throws(string json)
    {
        var reported = CompilerReportedDiagnostics.Load(WriteLog(json), _temp.Path, out _);

        Assert.False(reported.Contains("ISH4101", Stacks, 1));
    }
}
