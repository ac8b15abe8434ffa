namespace InfraSharp;

/// <summary>What a dependant waits for before it starts (Compose <c>depends_on.condition</c>).</summary>
public enum DependencyCondition
{
    /// <summary>The dependency's container has started.</summary>
    Started,
    /// <summary>The dependency's health check passes; it must declare one (ISH2009).</summary>
    Healthy,
    /// <summary>The dependency ran to completion with exit code 0 (one-shot work, such as migrations).</summary>
    CompletedSuccessfully,
}
