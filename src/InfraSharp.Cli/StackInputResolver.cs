using System.Diagnostics;

namespace InfraSharp.Cli;

/// <summary>
/// Turns the CLI's input (an assembly, a project file, or a folder holding one project) into a built assembly,
/// building the project with <c>dotnet build</c> (emit step off) when needed.
/// </summary>
internal static class StackInputResolver
{
    public static StackInput? Resolve(string input, TextWriter output)
    {
        var path = Path.GetFullPath(input);
        if (File.Exists(path) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return new StackInput(path, Directory.GetCurrentDirectory());
        }
        if (Directory.Exists(path))
        {
            var projects = Directory.GetFiles(path, "*.csproj");
            if (projects.Length != 1)
            {
                output.WriteLine($"error: {path} holds {projects.Length} project files; name one.");
                return null;
            }
            path = projects[0];
        }
        if (!File.Exists(path) || !path.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            output.WriteLine($"error: '{input}' is neither a built assembly (.dll) nor a project.");
            return null;
        }
        // The CLI emits itself: the build's own emit step stays off. The build's output is shown only when it fails:
        // its analyzer warnings would repeat the run-time diagnostics the host prints next.
        output.WriteLine($"InfraSharp: building {path}...");
        if (RunDotnet(["build", path, "-nologo", "-v:q", "-nodeReuse:false", "-p:InfraSharpEmit=false"], output, echo: false) is null)
        {
            output.WriteLine($"error: building {path} failed.");
            return null;
        }
        var targetPath = RunDotnet(["msbuild", path, "-nologo", "-nodeReuse:false", "-getProperty:TargetPath", "-p:InfraSharpEmit=false"], output, echo: false)?.Trim();
        if (string.IsNullOrEmpty(targetPath) || !File.Exists(targetPath))
        {
            output.WriteLine($"error: cannot find the built assembly of {path} (multi-targeted projects: pass the .dll).");
            return null;
        }
        return new StackInput(targetPath, Path.GetDirectoryName(path)!);
    }

    private static string? RunDotnet(IReadOnlyList<string> arguments, TextWriter output, bool echo)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (echo || process.ExitCode != 0)
        {
            output.Write(stdout);
            output.Write(stderr.Result);
        }
        return process.ExitCode == 0 ? stdout : null;
    }
}
