namespace InfraSharp.Model;

/// <summary>An anonymous volume: private to one container, Compose <c>- /path</c>, Kubernetes emptyDir.</summary>
public sealed class AnonymousVolumeMount : MountDefinition
{
    internal AnonymousVolumeMount(string target, SourceLocation location) : base(target, false, location)
    {
    }
}
