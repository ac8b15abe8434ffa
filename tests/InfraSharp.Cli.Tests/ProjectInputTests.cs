using InfraSharp.Cli;
using InfraSharp.Emit.Host;

namespace InfraSharp.Cli.Tests;

/// <summary>
/// <c>infrasharp emit|validate &lt;project&gt;</c>: the CLI builds a small project of its own (referencing the InfraSharp
/// assembly beside the tests, so no package feed is needed) and runs its stacks.
/// </summary>
public sealed class ProjectInputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "infrasharp-cli-project-" + Guid.NewGuid().ToString("N"));

    static ProjectInputTests()
    {
        // The child builds must not leave a compiler server running after the tests (MSBuild reads this from the environment).
        Environment.SetEnvironmentVariable("UseSharedCompilation", "false");
    }

    public ProjectInputTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "app"));
        // Keep the project away from any Directory.*.props above the temp folder.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Path.Combine(AppContext.BaseDirectory, "InfraSharp.dll")}" />
              </ItemGroup>
            </Project>
            """);
    }

    private string ProjectFile => Path.Combine(_root, "app", "App.csproj");

    private string StacksFile => Path.Combine(_root, "app", "Stacks.cs");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the system.
        }
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        return (CliApp.Run(args, writer), writer.ToString());
    }

    private void WriteStacks(string define) => File.WriteAllText(StacksFile, $$"""
        using InfraSharp;

        [Stack("site")]
        public static class Site
        {
            public static void Define(IStackBuilder stack)
            {
                {{define}}
            }
        }
        """);

    [Fact]
    public void Emit_of_a_project_builds_it_and_writes_deploy_beside_it_then_diff_is_clean()
    {
        WriteStacks("""stack.AddService("web").WithImage("nginx:1.27").WithPort(8080);""");

        var (exitCode, output) = Run("emit", ProjectFile, "--targets", "compose");

        Assert.True(exitCode == EmitExitCodes.Success, output);
        var compose = Path.Combine(_root, "app", "deploy", "site", "compose.yaml");
        Assert.Contains("nginx:1.27", File.ReadAllText(compose), StringComparison.Ordinal);
        // A folder holding one project works too; nothing changed, so diff exits 0.
        var (diffExit, diffOutput) = Run("diff", Path.GetDirectoryName(ProjectFile)!, "--targets", "compose");
        Assert.True(diffExit == EmitExitCodes.Success, diffOutput);
    }

    [Fact]
    public void Validate_of_a_project_that_does_not_compile_exits_2_and_shows_the_compiler_error()
    {
        WriteStacks("""stack.AddService("web").WithImage(42);""");

        var (exitCode, output) = Run("validate", ProjectFile);

        Assert.Equal(EmitExitCodes.Usage, exitCode);
        Assert.Contains("error CS", output, StringComparison.Ordinal);
        Assert.Contains("building " + ProjectFile + " failed", output, StringComparison.Ordinal);
    }
}
