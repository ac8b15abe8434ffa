using System.Globalization;
using InfraSharp.Emit;

namespace InfraSharp.Compose.Tests;

/// <summary>The same stack always gives the same bytes, whatever the machine's culture.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_are_byte_identical()
    {
        Assert.Equal(EmitRich(), EmitRich());
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_is_identical_under_a_non_english_culture(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, EmitRich);

        var localized = WithCulture(CultureInfo.GetCultureInfo(culture), EmitRich);

        Assert.Equal(invariant, localized);
    }

    [Fact]
    public void Culture_sensitive_values_are_written_invariantly()
    {
        // tr-TR upper-cases "i" to "İ" and de-DE writes 0,5: neither may leak into the file.
        var yaml = WithCulture(CultureInfo.GetCultureInfo("tr-TR"), () => ComposeTestKit.Emit(s => s.AddService("i")
            .WithImage("image:1").WithResources(cpuLimit: "1500m").WithHealthCheck(Probe.Exec("true").WithTimings(TimeSpan.FromMilliseconds(1500)))).Yaml);

        Assert.Contains("cpus: \"1.5\"", yaml, StringComparison.Ordinal);
        Assert.Contains("interval: \"1s500ms\"", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  i:\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_uses_only_line_feeds_and_ends_with_one()
    {
        var files = EmitRich();

        Assert.All(files, f => Assert.DoesNotContain('\r', f.Path == ComposeEmitter.FileName ? f.Content : string.Empty));
        Assert.EndsWith("\n", files.Single(f => f.Path == ComposeEmitter.FileName).Content, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", files.Single(f => f.Path == ComposeEmitter.FileName).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_order_follows_names_not_declaration()
    {
        var first = ComposeTestKit.Emit(s => { s.AddService("b").WithImage("b:1"); s.AddService("a").WithImage("a:1"); }).Yaml;
        var second = ComposeTestKit.Emit(s => { s.AddService("a").WithImage("a:1"); s.AddService("b").WithImage("b:1"); }).Yaml;

        Assert.Equal(first, second);
    }

    private static List<(string Path, string Content)> EmitRich()
    {
        var stack = StackBuilder.Build("shop", s => RichStack.Define(s, newerComposeFeatures: true));
        return ComposeEmitter.Emit(stack, new EmitContext(stack, EmitOptions.ForProject("/tmp/project")))
            .Select(f => (f.RelativePath, f.Content)).ToList();
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
