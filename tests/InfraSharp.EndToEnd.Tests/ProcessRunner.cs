using System.Diagnostics;

namespace InfraSharp.EndToEnd.Tests;

/// <summary>Runs a command the way a user's shell would: no MSBuild state inherited from the test's own build.</summary>
internal static class ProcessRunner
{
    // The machine's own NuGet settings (CI caches, offline revocation checks) apply to the user's build too.
    private static readonly HashSet<string> MachineNuGetSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "NUGET_PACKAGES", "NUGET_HTTP_CACHE_PATH", "NUGET_CERT_REVOCATION_MODE", "NUGET_FALLBACK_PACKAGES",
    };

    public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The test host runs under `dotnet test`: its MSBuild/SDK variables would steer the child build.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("NUGET_", StringComparison.OrdinalIgnoreCase) && !MachineNuGetSettings.Contains(key))
            {
                start.Environment.Remove(key);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 5 minutes.");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
