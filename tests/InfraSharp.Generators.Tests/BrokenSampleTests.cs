using System.Diagnostics;

namespace InfraSharp.Generators.Tests;

/// <summary>What a user sees: <c>dotnet build</c> of samples/Broken fails with the analyzer's id at the right place.</summary>
public class BrokenSampleTests
{
    [Fact]
    public void Dotnet_build_of_the_broken_sample_fails_with_ISH2003_at_the_bad_port()
    {
        var project = Path.Combine(TestCompilation.RepositoryRoot, "samples", "Broken", "Broken.csproj");
        var source = Path.Combine(TestCompilation.RepositoryRoot, "samples", "Broken", "BrokenStack.cs");
        var lines = File.ReadAllLines(source);
        var line = Array.FindIndex(lines, text => text.Contains("hostPort: 70000", StringComparison.Ordinal));
        var column = lines[line].IndexOf("70000", StringComparison.Ordinal);
        var artifacts = Path.Combine(Path.GetTempPath(), "infrasharp-broken-" + Guid.NewGuid().ToString("N"));

        try
        {
            var (exitCode, output) = Run("dotnet", "build", project, "--artifacts-path", artifacts,
                "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"BrokenStack.cs({line + 1},{column + 1}): error ISH2003: Port 70000 is outside 1-65535", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The test host runs under MSBuild-set variables; a child build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build of samples/Broken took over 5 minutes:\n" + output);
        }
        return (process.ExitCode, output + error.Result);
    }
}
