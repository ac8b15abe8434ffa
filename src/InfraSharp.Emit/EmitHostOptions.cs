using InfraSharp.Emit;

namespace InfraSharp.Emit.Host;

/// <summary>One run of the emit host.</summary>
public sealed record EmitHostOptions
{
    /// <summary>The user's built assembly holding the stacks.</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The folder receiving <c>&lt;stack&gt;/compose.yaml</c> and <c>&lt;stack&gt;/kubernetes/</c>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The project folder that relative paths in stacks are relative to; the assembly's folder when null.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Which targets to produce.</summary>
    public EmitTargets Targets { get; init; } = EmitTargets.All;

    /// <summary>What to do with the produced files.</summary>
    public EmitMode Mode { get; init; } = EmitMode.Write;

    /// <summary>Only these stacks (by name) when not empty; other stacks' files are then left alone.</summary>
    public IReadOnlyList<string> StackFilter { get; init; } = [];

    /// <summary>
    /// The compiler's SARIF error log (the <c>ErrorLog</c> value, <c>path[,version=2.1]</c>): run-time warnings the
    /// analyzers already reported at the same rule, file and line are not printed again. Null prints them all.
    /// </summary>
    public string? CompilerErrorLog { get; init; }

    /// <summary>The compiler's <c>PathMap</c> (<c>original=mapped,...</c>), undone in printed file paths.</summary>
    public string? PathMap { get; init; }

    /// <summary>Rule ids whose run-time warnings are not printed (the project's <c>NoWarn</c>).</summary>
    public IReadOnlyList<string> NoWarn { get; init; } = [];

    /// <summary>Which run-time warnings fail the run (the project's TreatWarningsAsErrors and friends).</summary>
    public WarningsAsErrors WarningsAsErrors { get; init; } = WarningsAsErrors.None;
}
