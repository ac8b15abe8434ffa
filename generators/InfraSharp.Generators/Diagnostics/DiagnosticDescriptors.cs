using InfraSharp.Validation;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics;

/// <summary>
/// Every descriptor the analyzers report. Titles, descriptions and help links come from the shared
/// <see cref="RuleCatalog"/>, so the analyzer, the runtime validation and the docs say the same thing.
/// ISH4105 (runs as root) is off by default: from source alone we cannot see the image's own USER, so it would
/// flag most services; turn it on with <c>dotnet_diagnostic.ISH4105.severity = warning</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor StackClassShape = Create(DiagnosticIds.StackClassShape, "Stack '{0}' cannot be registered: {1}");

    public static readonly DiagnosticDescriptor DuplicateStackName = Create(DiagnosticIds.DuplicateStackName, "Stack name '{0}' is also used by '{1}'", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidName = Create(DiagnosticIds.InvalidName, "The {0} name '{1}' is not a DNS-1123 label: use lower-case letters, digits and '-', such as '{2}'");

    public static readonly DiagnosticDescriptor DuplicateName = Create(DiagnosticIds.DuplicateName, "The {0} '{1}' is declared twice in this stack");

    public static readonly DiagnosticDescriptor PortOutOfRange = Create(DiagnosticIds.PortOutOfRange, "Port {0} is outside 1-65535");

    public static readonly DiagnosticDescriptor HostPortPublishedTwice = Create(DiagnosticIds.HostPortPublishedTwice, "Host port {0} is already published by {1}");

    public static readonly DiagnosticDescriptor DependencyCycle = Create(DiagnosticIds.DependencyCycle, "Services wait for each other in a cycle: {0}");

    public static readonly DiagnosticDescriptor DuplicateMountTarget = Create(DiagnosticIds.DuplicateMountTarget, "{0} already mounts something at '{1}'");

    public static readonly DiagnosticDescriptor InvalidImageReference = Create(DiagnosticIds.InvalidImageReference, "'{0}' is not a valid image reference: write '[registry/]name[:tag][@sha256:digest]' in lower case");

    public static readonly DiagnosticDescriptor InvalidQuantity = Create(DiagnosticIds.InvalidQuantity, "'{0}' is not a valid {1} quantity (such as {2})");

    public static readonly DiagnosticDescriptor WaitForHealthyWithoutHealthCheck = Create(DiagnosticIds.WaitForHealthyWithoutHealthCheck, "Service '{0}' has no health check, so waiting for it to be healthy never ends: add WithHealthCheck to '{0}'");

    public static readonly DiagnosticDescriptor NoImageOrBuild = Create(DiagnosticIds.NoImageOrBuild, "{0} has neither an image nor a build: call WithImage or WithBuild");

    public static readonly DiagnosticDescriptor NetworkModeWithNetworks = Create(DiagnosticIds.NetworkModeWithNetworks, "Service '{0}' uses network mode {1} and also joins networks");

    /// <summary>ISH2001 for names with other rules than a DNS label (configs, secrets, port names).</summary>
    public static readonly DiagnosticDescriptor InvalidOtherName = Create(DiagnosticIds.InvalidName, "The {0} '{1}' is invalid: {2}");

    /// <summary>ISH2008 for a valid limit below its valid request.</summary>
    public static readonly DiagnosticDescriptor LimitBelowRequest = Create(DiagnosticIds.InvalidQuantity, "The {0} limit '{1}' is below the request '{2}': raise the limit or lower the request");

    public static readonly DiagnosticDescriptor InvalidEnvironmentName = Create(DiagnosticIds.InvalidEnvironmentName, "'{0}' is not a valid environment variable name: use letters, digits, '_', '-' and '.', not starting with a digit");

    public static readonly DiagnosticDescriptor InvalidMountPath = Create(DiagnosticIds.InvalidMountPath, "'{0}' is not an absolute path: start it with '/'");

    public static readonly DiagnosticDescriptor InvalidReplicas = Create(DiagnosticIds.InvalidReplicas, "{0}");

    public static readonly DiagnosticDescriptor ContainerNameWithReplicas = Create(DiagnosticIds.ContainerNameWithReplicas, "Service '{0}' has a fixed container name but runs {1} replicas: remove WithContainerName or run one replica");

    public static readonly DiagnosticDescriptor InvalidSchedule = Create(DiagnosticIds.InvalidSchedule, "'{0}' is not a valid cron schedule: use five fields such as '*/15 * * * *' or a macro such as '@daily'");

    public static readonly DiagnosticDescriptor InvalidProbe = Create(DiagnosticIds.InvalidProbe, "Invalid health check: {0}");

    public static readonly DiagnosticDescriptor MissingSource = Create(DiagnosticIds.MissingSource, "The {0} '{1}' has no source: call {2} or AsExternal()");

    public static readonly DiagnosticDescriptor IngressWithoutPort = Create(DiagnosticIds.IngressWithoutPort, "The ingress for '{0}' has no port to route to: pass a port or call WithPort before WithIngress");

    public static readonly DiagnosticDescriptor LegacyLink = Create(DiagnosticIds.LegacyLink, "WithLink is legacy Compose; use WaitFor plus a network alias");

    public static readonly DiagnosticDescriptor BuildOnlyServiceOnKubernetes = Create(DiagnosticIds.BuildOnlyServiceOnKubernetes, "{0} is built but its image has no name, so Kubernetes cannot pull it: pass image: \"registry/name:tag\" to WithBuild");

    public static readonly DiagnosticDescriptor BindMountWithoutKubernetesChoice = Create(DiagnosticIds.BindMountWithoutKubernetesChoice, "Bind mount of '{0}' says nothing about Kubernetes: pass kubernetes: BindMountOnKubernetes.Skip, ConfigMap, NodeHostPath(...) or PersistentVolumeClaim(...)");

    public static readonly DiagnosticDescriptor LatestOrMissingTag = Create(DiagnosticIds.LatestOrMissingTag, "Image '{0}' is not pinned: use a version tag or a digest");

    public static readonly DiagnosticDescriptor NoResources = Create(DiagnosticIds.NoResources, "{0} sets no CPU/memory requests and limits: call WithResources");

    public static readonly DiagnosticDescriptor NoReadinessProbe = Create(DiagnosticIds.NoReadinessProbe, "Service '{0}' has ports but no health check, so traffic may reach it before it is ready: call WithHealthCheck");

    public static readonly DiagnosticDescriptor PrivilegedContainer = Create(DiagnosticIds.PrivilegedContainer, "Container runs privileged, with full access to the host: add only the capabilities it needs");

    public static readonly DiagnosticDescriptor RunsAsRoot = Create(DiagnosticIds.RunsAsRoot, "Container runs as root ({0}): call WithUser(\"1000:1000\") or another non-root user", enabledByDefault: false);

    public static readonly DiagnosticDescriptor HostNetwork = Create(DiagnosticIds.HostNetwork, "Service uses the host's network stack, bypassing network isolation");

    public static readonly DiagnosticDescriptor SecretLiteralInEnvironment = Create(DiagnosticIds.SecretLiteralInEnvironment, "Environment variable '{0}' holds what looks like a secret written in code: use AddSecret and WithSecret");

    /// <summary>
    /// A descriptor whose title, category, default severity, description and help link all come from the rule's
    /// catalogue entry; only the message (with the analyzer's own placeholders) is written here.
    /// </summary>
    private static DiagnosticDescriptor Create(string id, string messageFormat, bool enabledByDefault = true, params string[] customTags)
    {
        var rule = RuleCatalog.Get(id);
        return new DiagnosticDescriptor(id, rule.Title, messageFormat, "InfraSharp." + rule.Category, Severity(rule.DefaultSeverity),
            enabledByDefault, rule.Description + " Fix: " + rule.Fix, rule.HelpLink, customTags);
    }

    private static DiagnosticSeverity Severity(InfraSharp.Validation.Severity severity) => severity switch
    {
        InfraSharp.Validation.Severity.Error => DiagnosticSeverity.Error,
        InfraSharp.Validation.Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
