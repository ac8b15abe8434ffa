using System.Diagnostics;
using System.Text;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>Runs engine commands with a bounded wait and the engine environment (CONTAINERS_CONF, DOCKER_HOST).</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> and returns its exit code and output; kills it after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var commandLine = fileName + " " + string.Join(' ', info.ArgumentList.Select(Quote));

        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new ProcessResult(commandLine, -1, string.Empty, $"could not start {fileName}: {exception.Message}");
        }
        process.StandardInput.Close();   // no command here reads stdin; EOF stops any that try
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout.TotalSeconds:0} s\nstdout:\n{output}\nstderr:\n{error}");
        }
        process.WaitForExit();   // flushes the asynchronous readers
        return new ProcessResult(commandLine, process.ExitCode, output.ToString(), error.ToString());
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=@,+".Contains(c)) ? argument : "'" + argument.Replace("'", "'\\''") + "'";
}
