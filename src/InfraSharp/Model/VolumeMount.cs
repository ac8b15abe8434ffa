namespace InfraSharp.Model;

/// <summary>A named volume mounted into a container.</summary>
public sealed class VolumeMount : MountDefinition
{
    internal VolumeMount(VolumeDefinition volume, string target, bool readOnly, string? subPath, SourceLocation location)
        : base(target, readOnly, location)
    {
        Volume = volume;
        SubPath = subPath;
    }

    /// <summary>The volume.</summary>
    public VolumeDefinition Volume { get; }

    /// <summary>A path inside the volume to mount instead of its root.</summary>
    public string? SubPath { get; }
}
