using System.Reflection;
using InfraSharp.Testing;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class RuleCatalogTests
{
    private static readonly string RepositoryRoot = RepositoryPaths.Root;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllIds())
        {
            data.Add(id);
        }
        return data;
    }

    private static IEnumerable<string> AllIds() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Catalogue_has_exactly_one_entry_per_id_in_id_order()
    {
        Assert.Equal(AllIds(), RuleCatalog.All.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_complete_catalogue_entry(string id)
    {
        var rule = RuleCatalog.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title));
        Assert.False(string.IsNullOrWhiteSpace(rule.Description));
        Assert.False(string.IsNullOrWhiteSpace(rule.Fix));
        Assert.Equal($"https://github.com/infrasharp/InfraSharp/blob/main/docs/rules/{id}.md", rule.HelpLink);
        var expectedCategory = id[3] switch
        {
            '1' => RuleCategory.Usage,
            '2' => RuleCategory.Model,
            '3' => RuleCategory.Compose,
            '4' => id[4] == '1' ? RuleCategory.BestPractice : RuleCategory.Kubernetes,
            _ => RuleCategory.Emit,
        };
        Assert.Equal(expectedCategory, rule.Category);
        if (rule.Category == RuleCategory.BestPractice)
        {
            Assert.Equal(Severity.Warning, rule.DefaultSeverity);
            Assert.False(string.IsNullOrWhiteSpace(rule.KubeLinterCheck), $"{id} names no kube-linter check.");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_docs_page_that_names_it_and_its_checks(string id)
    {
        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"Missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ":", text, StringComparison.Ordinal);
        Assert.Contains($"#pragma warning disable {id}", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        var rule = RuleCatalog.Get(id);
        var checks = new[] { rule.KubeLinterCheck, rule.KubeScoreCheck, rule.PolarisCheck }.OfType<string>()
            .SelectMany(c => c.Split(',', StringSplitOptions.TrimEntries));
        foreach (var check in checks)
        {
            Assert.Contains("`" + check + "`", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docs_index_links_every_page()
    {
        var index = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", "README.md"));
        Assert.All(AllIds(), id => Assert.Contains($"[{id}]({id}.md)", index, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_links_point_at_existing_pages()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var relative = rule.HelpLink["https://github.com/infrasharp/InfraSharp/blob/main/".Length..];
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, relative)), rule.HelpLink);
        }
    }

    [Fact]
    public void Unknown_id_is_not_found() => Assert.Null(RuleCatalog.Find("ISH9999"));
}
