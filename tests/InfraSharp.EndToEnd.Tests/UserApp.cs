namespace InfraSharp.EndToEnd.Tests;

/// <summary>A fresh project made with <c>dotnet new</c> that references the packed InfraSharp from the local feed.</summary>
internal sealed class UserApp
{
    private readonly PackedPackageFixture _package;

    private UserApp(PackedPackageFixture package, string directory)
    {
        _package = package;
        Directory = directory;
    }

    public string Directory { get; }

    public string Deploy => Path.Combine(Directory, "deploy");

    public string StacksFile => Path.Combine(Directory, "Stacks.cs");

    public static UserApp Create(PackedPackageFixture package, string template, string framework)
    {
        var directory = Path.Combine(package.Root, template + "-" + framework.Replace(".", string.Empty, StringComparison.Ordinal));
        var (exitCode, output) = ProcessRunner.Run("dotnet", package.Root, null,
            "new", template, "-o", directory, "-n", "UserApp", "--no-restore", "--no-update-check");
        Assert.True(exitCode == 0, "dotnet new failed:\n" + output);
        var project = Path.Combine(directory, "UserApp.csproj");
        // The SDK's templates only offer its own framework; older ones are set the way users retarget.
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(project), "<TargetFramework>[^<]*</TargetFramework>",
            "<TargetFramework>" + framework + "</TargetFramework>").Replace("</Project>",
            $"""
              <ItemGroup>
                <PackageReference Include="InfraSharp" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal);
        File.WriteAllText(project, text);
        return new UserApp(package, directory);
    }

    public (int ExitCode, string Output) Build(params string[] properties)
    {
        string[] arguments = ["build", "--disable-build-servers", "-nodeReuse:false", "-nologo", "-v:m", .. properties.Select(p => "-p:" + p)];
        return ProcessRunner.Run("dotnet", Directory, null, arguments);
    }

    /// <summary>The value of an MSBuild property of the app's project, as evaluated for a build (after a restore).</summary>
    public string Property(string name)
    {
        // The package's targets (and so its properties) are imported once it is restored.
        var (exitCode, output) = ProcessRunner.Run("dotnet", Directory, null, "restore", "--disable-build-servers", "-nologo");
        if (exitCode == 0)
        {
            (exitCode, output) = ProcessRunner.Run("dotnet", Directory, null, "msbuild", "-getProperty:" + name, "-nologo");
        }
        return exitCode == 0 ? output.Trim() : throw new InvalidOperationException("dotnet msbuild -getProperty failed:\n" + output);
    }

    public Dictionary<string, DateTime> DeployTimestamps() =>
        System.IO.Directory.EnumerateFiles(Deploy, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Deploy, f), File.GetLastWriteTimeUtc);

    public override string ToString() => Directory + " (InfraSharp " + _package.Version + ")";
}
