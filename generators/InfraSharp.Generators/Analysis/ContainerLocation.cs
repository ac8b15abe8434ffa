using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Analysis;

/// <summary>Where to report what a whole container lacks.</summary>
internal static class ContainerLocation
{
    /// <summary>
    /// A service: its <c>AddService("web")</c> call. A sidecar or init container: its name argument, so the report
    /// does not cover the whole configuring lambda.
    /// </summary>
    public static Location Of(ContainerFacts container) =>
        container is CompanionFacts && container.NameArgument is { } name
            ? OperationValues.LocationOf(name)
            : OperationValues.CallLocation(container.Declaration);

    /// <summary>"Service 'web'" as the middle of a sentence: "service 'web'".</summary>
    public static string LowerFirst(string description) =>
        description.Length == 0 ? description : char.ToLowerInvariant(description[0]) + description.Substring(1);
}
