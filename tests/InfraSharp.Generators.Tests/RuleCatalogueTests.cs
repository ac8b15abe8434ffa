using System.Text.RegularExpressions;
using InfraSharp.Generators.Diagnostics.Analyzers;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSharp.Generators.Tests;

public class RuleCatalogueTests
{
    public static TheoryData<string> ReportedIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Descriptors().Select(descriptor => descriptor.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReportedIds))]
    public void Descriptor_has_the_catalogue_help_link_and_title(string id)
    {
        var descriptor = Descriptors().First(d => d.Id == id);
        var rule = RuleCatalog.Get(id);

        Assert.Equal(RuleCatalog.HelpLinkFor(id), descriptor.HelpLinkUri);
        Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
    }

    [Theory]
    [MemberData(nameof(ReportedIds))]
    public void Descriptor_has_a_docs_page(string id)
    {
        var page = Path.Combine(TestCompilation.RepositoryRoot, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.Contains(id, text, StringComparison.Ordinal);
        var rule = RuleCatalog.Get(id);
        foreach (var check in new[] { rule.KubeLinterCheck, rule.KubeScoreCheck, rule.PolarisCheck }.Where(check => check is not null))
        {
            // Best-practice pages name the linter checks they mirror.
            Assert.Contains(check!.Split(',')[0].Trim(), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ReportedIds))]
    public void Release_tracking_lists_the_descriptor_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors().First(d => d.Id == id);
        var rows = ReleaseRows();

        Assert.True(rows.TryGetValue(id, out var row), $"{id} is not in AnalyzerReleases.Shipped.md or Unshipped.md");
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled", row.Severity);
    }

    [Fact]
    public void Release_tracking_lists_no_id_that_no_analyzer_reports()
    {
        var reported = Descriptors().Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(ReleaseRows().Keys, id => !reported.Contains(id));
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        new DiagnosticAnalyzer[] { new StackDefinitionAnalyzer(), new StackClassAnalyzer() }.SelectMany(analyzer => analyzer.SupportedDiagnostics);

    private static Dictionary<string, (string Category, string Severity)> ReleaseRows()
    {
        var folder = Path.Combine(TestCompilation.RepositoryRoot, "generators", "InfraSharp.Generators");
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadAllLines(Path.Combine(folder, file)))
            {
                var match = Regex.Match(line, @"^(ISH\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|");
                if (match.Success)
                {
                    rows[match.Groups[1].Value] = (match.Groups[2].Value, match.Groups[3].Value);
                }
            }
        }
        return rows;
    }

    private static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
