namespace InfraSharp.Emit.Host;

/// <summary>What the host does with the files a stack produces.</summary>
public enum EmitMode
{
    /// <summary>Write changed files, remove stale ones.</summary>
    Write,
    /// <summary>Compare with the files on disk and report differences as errors (CI); write nothing.</summary>
    Check,
    /// <summary>Compare with the files on disk and list differences as information; write nothing.</summary>
    Diff,
    /// <summary>Build and validate only; write and compare nothing.</summary>
    Validate,
}
