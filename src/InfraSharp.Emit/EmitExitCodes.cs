namespace InfraSharp.Emit.Host;

/// <summary>Exit codes of the emit host and the <c>infrasharp</c> CLI.</summary>
public static class EmitExitCodes
{
    /// <summary>Everything went well (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>A stack threw, failed validation, or a file could not be written; nothing was written.</summary>
    public const int StackErrors = 1;

    /// <summary>Wrong arguments, or the assembly could not be found or loaded.</summary>
    public const int Usage = 2;

    /// <summary>Check or diff mode: the files on disk differ from what the code produces.</summary>
    public const int Differences = 3;
}
