namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>What a finished command printed and returned.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error)
{
    /// <summary>True when the command exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws with the command line and both streams unless the command succeeded.</summary>
    public ProcessResult EnsureSuccess(string step)
    {
        if (!Succeeded)
        {
            throw new InvalidOperationException(Describe(step));
        }
        return this;
    }

    /// <summary>A message naming the step, the command and what it printed (for assertion messages).</summary>
    public string Describe(string step) =>
        $"{step}: `{CommandLine}` exited with {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
