using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class LegacyLinkValidationTests
{
    [Fact]
    public void Link_reports_ISH2021_as_a_warning_at_the_link()
    {
        var diagnostic = Validate.Stack(s =>
            {
                var redis = s.CleanService("redis");
                s.CleanService("web").WithLink(redis);
            })
            .Single(DiagnosticIds.LegacyLink).Names("services.web.links[0]", "'web'", "'redis'", "legacy Compose").At("LegacyLinkValidationTests.cs");

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("WaitFor(redis)", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_with_an_alias_suggests_a_network_alias()
    {
        var diagnostic = Validate.Stack(s =>
            {
                var db = s.CleanService("db");
                s.CleanService("web").WithLink(db, "database");
            })
            .Single(DiagnosticIds.LegacyLink).Names("services.web.links[0]", "as 'database'");

        Assert.Contains("aliases: new[] { \"database\" }", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_link_is_reported_and_the_stack_still_has_no_errors()
    {
        var diagnostics = Validate.Stack(s =>
        {
            var redis = s.CleanService("redis");
            var db = s.CleanService("db");
            s.CleanService("web").WithLink(redis).WithLink(db, "database");
        });

        Assert.Equal(["services.web.links[0]", "services.web.links[1]"],
            diagnostics.Where(d => d.Id == DiagnosticIds.LegacyLink).Select(d => d.ObjectPath));
        diagnostics.HasNoErrors();
    }

    [Fact]
    public void WaitFor_reports_no_ISH2021() =>
        Validate.Stack(s =>
            {
                var redis = s.CleanService("redis");
                s.CleanService("web").WaitFor(redis);
            })
            .HasNo(DiagnosticIds.LegacyLink);
}
