namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>The engine could not be prepared; the message names the step so CI output says what to fix.</summary>
public sealed class EngineSetupException(string step, string detail)
    : Exception($"Engine setup failed at step '{step}': {detail}\n(Install the engines with `bash tests/engines/setup.sh` as root.)")
{
    /// <summary>The setup step that failed.</summary>
    public string Step { get; } = step;
}
