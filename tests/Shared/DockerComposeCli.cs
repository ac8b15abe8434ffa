using System.Diagnostics;

namespace InfraSharp.Testing;

/// <summary>
/// Debian's docker-compose 1.29 (the Python one), used offline to validate emitted files. Tests that use it fail,
/// never skip, when it is missing: CI installs it (tests/engines/setup.sh).
/// </summary>
internal static class DockerComposeCli
{
    /// <summary>Where Debian installs it.</summary>
    public const string Path = "/usr/bin/docker-compose";

    /// <summary>Runs <c>docker-compose -f FILE config [-q]</c> with a bounded wait; returns the exit code and all output.</summary>
    /// <param name="composePath">The Compose file.</param>
    /// <param name="quiet">Only validate (<c>-q</c>); otherwise print the resolved file.</param>
    /// <param name="environment">Variables to set; the machine's COMPOSE_* variables are always removed.</param>
    public static (int ExitCode, string Output) Config(string composePath, bool quiet = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        Xunit.Assert.True(File.Exists(Path),
            $"{Path} is missing: install it with 'apt-get install -y docker-compose' (Debian's docker-compose 1.29).");
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = System.IO.Path.GetDirectoryName(composePath)!,
        };
        foreach (var argument in quiet ? ["-f", composePath, "config", "-q"] : new[] { "-f", composePath, "config" })
        {
            start.ArgumentList.Add(argument);
        }
        // Values must come from the file alone, not from whatever the machine running the tests has set.
        start.Environment.Remove("COMPOSE_FILE");
        start.Environment.Remove("COMPOSE_PROJECT_NAME");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "docker-compose config did not finish within 60 s.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
