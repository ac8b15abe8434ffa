namespace InfraSharp.Model;

/// <summary>A start-order dependency (Compose <c>depends_on</c>).</summary>
/// <param name="Service">The service waited for.</param>
/// <param name="Condition">What is waited for; null means "healthy when it has a health check, else started".</param>
/// <param name="Location">Where it was declared.</param>
public sealed record ServiceDependency(ServiceDefinition Service, DependencyCondition? Condition, SourceLocation Location)
{
    /// <summary>The condition after the default is applied.</summary>
    public DependencyCondition EffectiveCondition =>
        Condition ?? (Service.HealthCheck is null ? DependencyCondition.Started : DependencyCondition.Healthy);
}
