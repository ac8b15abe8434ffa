namespace InfraSharp.Emit;

/// <summary>Settings of one emission.</summary>
public sealed record EmitOptions
{
    /// <summary>Which targets to produce.</summary>
    public EmitTargets Targets { get; init; } = EmitTargets.All;

    /// <summary>
    /// The project folder that relative paths in the stack (bind mounts, build contexts, config and secret files)
    /// are relative to; also where config contents are read from. The current directory when null.
    /// </summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>
    /// The project folder as seen from the folder holding <c>compose.yaml</c>, such as <c>../..</c> for
    /// <c>deploy/&lt;stack&gt;/compose.yaml</c>. Relative paths in the Compose file are prefixed with it so they
    /// keep pointing at the project. Null keeps them as written.
    /// </summary>
    public string? ProjectDirectoryFromOutput { get; init; }

    /// <summary>Options of a project emitting into <c>&lt;project&gt;/deploy/&lt;stack&gt;/</c> (the build's default).</summary>
    public static EmitOptions ForProject(string projectDirectory) =>
        new() { ProjectDirectory = projectDirectory, ProjectDirectoryFromOutput = "../.." };
}
