namespace InfraSharp;

/// <summary>The Kubernetes workload a service becomes.</summary>
public enum WorkloadKind
{
    /// <summary>A Deployment (long-running, interchangeable replicas).</summary>
    Deployment,
    /// <summary>A StatefulSet (stable identity; named volumes become per-replica claims).</summary>
    StatefulSet,
    /// <summary>A Job (runs to completion once).</summary>
    Job,
    /// <summary>A CronJob (runs to completion on a schedule).</summary>
    CronJob,
}
