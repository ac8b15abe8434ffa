namespace InfraSharp.Model;

/// <summary>Something mounted at <see cref="Target"/> inside a container.</summary>
public abstract class MountDefinition
{
    private protected MountDefinition(string target, bool readOnly, SourceLocation location)
    {
        Target = target;
        ReadOnly = readOnly;
        Location = location;
    }

    /// <summary>Absolute path inside the container.</summary>
    public string Target { get; }

    /// <summary>True when the container may not write.</summary>
    public bool ReadOnly { get; }

    /// <summary>Where the mount was declared.</summary>
    public SourceLocation Location { get; }
}
