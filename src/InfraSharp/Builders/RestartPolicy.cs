namespace InfraSharp;

/// <summary>When the engine restarts a container. Compose <c>restart</c>; on Kubernetes, Deployments always restart.</summary>
public enum RestartPolicy
{
    /// <summary>Never restart (Compose <c>"no"</c>); on Kubernetes run the service as a Job to keep that meaning.</summary>
    No,
    /// <summary>Always restart.</summary>
    Always,
    /// <summary>Restart when the process exits non-zero.</summary>
    OnFailure,
    /// <summary>Restart unless an operator stopped it.</summary>
    UnlessStopped,
}
