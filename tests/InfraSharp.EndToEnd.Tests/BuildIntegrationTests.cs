using k8s;

namespace InfraSharp.EndToEnd.Tests;

/// <summary>
/// What a user sees: a fresh app referencing the packed InfraSharp gets its manifests on <c>dotnet build</c>.
/// One long test per app keeps the run time down (each build of a fresh app costs seconds).
/// </summary>
public sealed class BuildIntegrationTests : IClassFixture<PackedPackageFixture>
{
    private readonly PackedPackageFixture _package;

    public BuildIntegrationTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void Console_app_on_net10_gets_manifests_incrementally_and_errors_at_the_user_line()
    {
        var app = UserApp.Create(_package, "console", "net10.0");
        File.WriteAllText(app.StacksFile, StackSources.Shop(withCache: true));

        // 1. The first build writes valid manifests.
        var first = app.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        AssertValidManifests(Path.Combine(app.Deploy, "shop"));
        Assert.Contains("cache:", File.ReadAllText(Path.Combine(app.Deploy, "shop", "compose.yaml")), StringComparison.Ordinal);
        var cacheFiles = KubernetesFiles(app, "cache");
        Assert.NotEmpty(cacheFiles);

        // 2. A no-change rebuild does not run the step (its stamp stays as it was) and touches nothing.
        var before = app.DeployTimestamps();
        var stamp = Directory.GetFiles(Path.Combine(app.Directory, "obj"), "infrasharp.emit.stamp", SearchOption.AllDirectories).Single();
        var stampTime = File.GetLastWriteTimeUtc(stamp);
        var second = app.Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(before, app.DeployTimestamps());
        Assert.Equal(stampTime, File.GetLastWriteTimeUtc(stamp));

        // 3. Removing a service removes its files (and only those).
        File.WriteAllText(app.StacksFile, StackSources.Shop(withCache: false));
        var third = app.Build();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.DoesNotContain("cache:", File.ReadAllText(Path.Combine(app.Deploy, "shop", "compose.yaml")), StringComparison.Ordinal);
        Assert.All(cacheFiles, f => Assert.False(File.Exists(f), f + " should be removed"));
        Assert.NotEmpty(KubernetesFiles(app, "web"));
        AssertValidManifests(Path.Combine(app.Deploy, "shop"));

        // 4. A stack with an error fails the build at the user's line; the earlier manifests stay.
        var good = app.DeployTimestamps();
        var goodCompose = File.ReadAllText(Path.Combine(app.Deploy, "shop", "compose.yaml"));
        var broken = StackSources.ShopWithBrokenStack();
        File.WriteAllText(app.StacksFile, broken);
        var fourth = app.Build();
        Assert.NotEqual(0, fourth.ExitCode);
        var line = StackSources.LineOf(broken, "WithPort(port)");
        Assert.Matches($@"Stacks\.cs\({line},\d+\): error ISH2003: stack 'broken'", fourth.Output);
        Assert.Equal(good, app.DeployTimestamps());
        Assert.Equal(goodCompose, File.ReadAllText(Path.Combine(app.Deploy, "shop", "compose.yaml")));
        Assert.False(Directory.Exists(Path.Combine(app.Deploy, "broken")));

        // 5. Check mode (CI) fails on a hand-edited manifest and does not repair it.
        File.WriteAllText(app.StacksFile, StackSources.Shop(withCache: false));
        var fifth = app.Build();
        Assert.True(fifth.ExitCode == 0, fifth.Output);
        var compose = Path.Combine(app.Deploy, "shop", "compose.yaml");
        File.AppendAllText(compose, "# hand edit\n");
        var check = app.Build("InfraSharpCheck=true");
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("error ISH5004", check.Output, StringComparison.Ordinal);
        Assert.Contains("compose.yaml", check.Output, StringComparison.Ordinal);
        Assert.EndsWith("# hand edit\n", File.ReadAllText(compose), StringComparison.Ordinal);
    }

    [Fact]
    public void Class_library_on_net8_gets_valid_manifests_and_each_warning_once()
    {
        var app = UserApp.Create(_package, "classlib", "net8.0");
        var source = StackSources.ShopWithRuntimeOnlyWarning();
        File.WriteAllText(app.StacksFile, source);

        // This app runs the portable host (what builds off linux-x64 or under an older SDK run); the console app
        // above runs the one the platform picks.
        var build = app.Build("InfraSharpEmitHostPath=" + PortableHost(app));

        Assert.True(build.ExitCode == 0, build.Output);
        AssertValidManifests(Path.Combine(app.Deploy, "shop"));
        AssertValidManifests(Path.Combine(app.Deploy, "dynamic"));
        // The analyzers and the emit step check the same rules: one problem, one warning (MSBuild repeats each
        // warning in its summary, so distinct lines are counted).
        var warnings = build.Output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l.Trim(), @"Stacks\.cs\((\d+),\d+\): warning (ISH\d{4}): .*"))
            .Where(m => m.Success)
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            // Same rule on the same line, whatever the column: the analyzers give the exact column, the emit step column 1.
            .GroupBy(w => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Match(w, @"\((\d+),\d+\): warning (ISH\d{4})").Value, @",\d+\)", ")"))
            .ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, g => Assert.True(g.Count() == 1, "reported more than once:\n" + string.Join("\n", g)));
        // A value only known at run time is still checked by the emit step.
        var imageLine = StackSources.LineOf(source, "WithImage(image)");
        Assert.Contains(warnings, g => g.Key == $"({imageLine}): warning ISH4101" && g.Single().Contains($"({imageLine},1): warning ISH4101", StringComparison.Ordinal));
    }

    [Fact]
    public void Emit_switch_off_writes_nothing_and_the_platform_picks_its_host()
    {
        var app = UserApp.Create(_package, "classlib", "net10.0");
        File.WriteAllText(app.StacksFile, StackSources.Shop(withCache: true));

        var build = app.Build("InfraSharpEmit=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(Directory.Exists(app.Deploy));

        // The package ships both hosts; a .NET 10 SDK on linux-x64 runs the precompiled one, anything else the portable one.
        var host = app.Property("InfraSharpEmitHostPath");
        var precompiled = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;
        var folder = precompiled ? "emit-net10.0-linux-x64" : "emit";
        Assert.EndsWith(Path.Combine("tools", folder, "InfraSharp.Emit.dll"), host, StringComparison.Ordinal);
        Assert.True(File.Exists(host), host);
        Assert.True(File.Exists(PortableHost(app)), "the portable host is packed too");
    }

    /// <summary>The package's portable host (net8.0 IL), beside the one the build picks.</summary>
    private static string PortableHost(UserApp app)
    {
        var picked = app.Property("InfraSharpEmitHostPath");
        var packageRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(picked)))!;
        return Path.Combine(packageRoot, "tools", "emit", "InfraSharp.Emit.dll");
    }

    private static string[] KubernetesFiles(UserApp app, string service) =>
        Directory.GetFiles(Path.Combine(app.Deploy, "shop", "kubernetes"), "*" + service + "*.yaml");

    private static void AssertValidManifests(string stackDirectory)
    {
        var compose = Path.Combine(stackDirectory, "compose.yaml");
        Assert.True(File.Exists(compose), compose);
        var (exitCode, output) = ProcessRunner.Run("docker-compose", stackDirectory, null, "-f", compose, "config", "-q");
        Assert.True(exitCode == 0, "docker-compose config rejected " + compose + ":\n" + output);

        var kubernetes = Path.Combine(stackDirectory, "kubernetes");
        Assert.True(File.Exists(Path.Combine(kubernetes, "kustomization.yaml")));
        var manifests = Directory.GetFiles(kubernetes, "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").ToList();
        Assert.NotEmpty(manifests);
        foreach (var manifest in manifests)
        {
            // Strict: an unknown field or kind throws.
            var objects = KubernetesYaml.LoadAllFromString(File.ReadAllText(manifest), null, true);
            Assert.NotEmpty(objects);
        }
    }
}
