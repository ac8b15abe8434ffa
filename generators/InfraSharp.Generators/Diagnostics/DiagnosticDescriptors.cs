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
    public const string UsageCategory = "InfraSharp.Usage";
    public const string ModelCategory = "InfraSharp.Model";
    public const string KubernetesCategory = "InfraSharp.Kubernetes";
    public const string BestPracticeCategory = "InfraSharp.BestPractice";

    public static readonly DiagnosticDescriptor StackClassShape = new(
        DiagnosticIds.StackClassShape, Title(DiagnosticIds.StackClassShape),
        "Stack '{0}' cannot be registered: {1}", UsageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.StackClassShape), Link(DiagnosticIds.StackClassShape));

    public static readonly DiagnosticDescriptor DuplicateStackName = new(
        DiagnosticIds.DuplicateStackName, Title(DiagnosticIds.DuplicateStackName),
        "Stack name '{0}' is also used by '{1}'", UsageCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.DuplicateStackName), Link(DiagnosticIds.DuplicateStackName), WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidName = new(
        DiagnosticIds.InvalidName, Title(DiagnosticIds.InvalidName),
        "The {0} name '{1}' is not a DNS-1123 label: use lower-case letters, digits and '-', such as '{2}'", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.InvalidName), Link(DiagnosticIds.InvalidName));

    public static readonly DiagnosticDescriptor DuplicateName = new(
        DiagnosticIds.DuplicateName, Title(DiagnosticIds.DuplicateName),
        "The {0} '{1}' is declared twice in this stack", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.DuplicateName), Link(DiagnosticIds.DuplicateName));

    public static readonly DiagnosticDescriptor PortOutOfRange = new(
        DiagnosticIds.PortOutOfRange, Title(DiagnosticIds.PortOutOfRange),
        "Port {0} is outside 1-65535", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.PortOutOfRange), Link(DiagnosticIds.PortOutOfRange));

    public static readonly DiagnosticDescriptor HostPortPublishedTwice = new(
        DiagnosticIds.HostPortPublishedTwice, Title(DiagnosticIds.HostPortPublishedTwice),
        "Host port {0} is already published by {1}", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.HostPortPublishedTwice), Link(DiagnosticIds.HostPortPublishedTwice));

    public static readonly DiagnosticDescriptor DependencyCycle = new(
        DiagnosticIds.DependencyCycle, Title(DiagnosticIds.DependencyCycle),
        "Services wait for each other in a cycle: {0}", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.DependencyCycle), Link(DiagnosticIds.DependencyCycle));

    public static readonly DiagnosticDescriptor DuplicateMountTarget = new(
        DiagnosticIds.DuplicateMountTarget, Title(DiagnosticIds.DuplicateMountTarget),
        "{0} already mounts something at '{1}'", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.DuplicateMountTarget), Link(DiagnosticIds.DuplicateMountTarget));

    public static readonly DiagnosticDescriptor InvalidImageReference = new(
        DiagnosticIds.InvalidImageReference, Title(DiagnosticIds.InvalidImageReference),
        "'{0}' is not a valid image reference: write '[registry/]name[:tag][@sha256:digest]' in lower case", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.InvalidImageReference), Link(DiagnosticIds.InvalidImageReference));

    public static readonly DiagnosticDescriptor InvalidQuantity = new(
        DiagnosticIds.InvalidQuantity, Title(DiagnosticIds.InvalidQuantity),
        "'{0}' is not a valid {1} quantity (such as {2})", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.InvalidQuantity), Link(DiagnosticIds.InvalidQuantity));

    public static readonly DiagnosticDescriptor WaitForHealthyWithoutHealthCheck = new(
        DiagnosticIds.WaitForHealthyWithoutHealthCheck, Title(DiagnosticIds.WaitForHealthyWithoutHealthCheck),
        "Service '{0}' has no health check, so waiting for it to be healthy never ends: add WithHealthCheck to '{0}'", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.WaitForHealthyWithoutHealthCheck), Link(DiagnosticIds.WaitForHealthyWithoutHealthCheck));

    public static readonly DiagnosticDescriptor NoImageOrBuild = new(
        DiagnosticIds.NoImageOrBuild, Title(DiagnosticIds.NoImageOrBuild),
        "{0} has neither an image nor a build: call WithImage or WithBuild", ModelCategory, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Description(DiagnosticIds.NoImageOrBuild), Link(DiagnosticIds.NoImageOrBuild));

    public static readonly DiagnosticDescriptor NetworkModeWithNetworks = new(
        DiagnosticIds.NetworkModeWithNetworks, Title(DiagnosticIds.NetworkModeWithNetworks),
        "Service '{0}' uses network mode {1} and also joins networks", ModelCategory, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Description(DiagnosticIds.NetworkModeWithNetworks), Link(DiagnosticIds.NetworkModeWithNetworks));

    /// <summary>ISH2001 for names with other rules than a DNS label (configs, secrets, port names).</summary>
    public static readonly DiagnosticDescriptor InvalidOtherName = new(
        DiagnosticIds.InvalidName, Title(DiagnosticIds.InvalidName),
        "The {0} '{1}' is invalid: {2}", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.InvalidName), Link(DiagnosticIds.InvalidName));

    /// <summary>ISH2008 for a valid limit below its valid request.</summary>
    public static readonly DiagnosticDescriptor LimitBelowRequest = new(
        DiagnosticIds.InvalidQuantity, Title(DiagnosticIds.InvalidQuantity),
        "The {0} limit '{1}' is below the request '{2}': raise the limit or lower the request", ModelCategory, DiagnosticSeverity.Error,
        isEnabledByDefault: true, Description(DiagnosticIds.InvalidQuantity), Link(DiagnosticIds.InvalidQuantity));

    public static readonly DiagnosticDescriptor InvalidEnvironmentName = new(
        DiagnosticIds.InvalidEnvironmentName, Title(DiagnosticIds.InvalidEnvironmentName),
        "'{0}' is not a valid environment variable name: use letters, digits, '_', '-' and '.', not starting with a digit", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.InvalidEnvironmentName), Link(DiagnosticIds.InvalidEnvironmentName));

    public static readonly DiagnosticDescriptor InvalidMountPath = new(
        DiagnosticIds.InvalidMountPath, Title(DiagnosticIds.InvalidMountPath),
        "'{0}' is not an absolute path: start it with '/'", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.InvalidMountPath), Link(DiagnosticIds.InvalidMountPath));

    public static readonly DiagnosticDescriptor InvalidReplicas = new(
        DiagnosticIds.InvalidReplicas, Title(DiagnosticIds.InvalidReplicas),
        "{0}", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.InvalidReplicas), Link(DiagnosticIds.InvalidReplicas));

    public static readonly DiagnosticDescriptor ContainerNameWithReplicas = new(
        DiagnosticIds.ContainerNameWithReplicas, Title(DiagnosticIds.ContainerNameWithReplicas),
        "Service '{0}' has a fixed container name but runs {1} replicas: remove WithContainerName or run one replica", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.ContainerNameWithReplicas), Link(DiagnosticIds.ContainerNameWithReplicas));

    public static readonly DiagnosticDescriptor InvalidSchedule = new(
        DiagnosticIds.InvalidSchedule, Title(DiagnosticIds.InvalidSchedule),
        "'{0}' is not a valid cron schedule: use five fields such as '*/15 * * * *' or a macro such as '@daily'", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.InvalidSchedule), Link(DiagnosticIds.InvalidSchedule));

    public static readonly DiagnosticDescriptor InvalidProbe = new(
        DiagnosticIds.InvalidProbe, Title(DiagnosticIds.InvalidProbe),
        "Invalid health check: {0}", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.InvalidProbe), Link(DiagnosticIds.InvalidProbe));

    public static readonly DiagnosticDescriptor MissingSource = new(
        DiagnosticIds.MissingSource, Title(DiagnosticIds.MissingSource),
        "The {0} '{1}' has no source: call {2} or AsExternal()", ModelCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.MissingSource), Link(DiagnosticIds.MissingSource));

    public static readonly DiagnosticDescriptor IngressWithoutPort = new(
        DiagnosticIds.IngressWithoutPort, Title(DiagnosticIds.IngressWithoutPort),
        "The ingress for '{0}' has no port to route to: pass a port or call WithPort before WithIngress", ModelCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true, Description(DiagnosticIds.IngressWithoutPort), Link(DiagnosticIds.IngressWithoutPort));

    public static readonly DiagnosticDescriptor LegacyLink = new(
        DiagnosticIds.LegacyLink, Title(DiagnosticIds.LegacyLink),
        "WithLink is legacy Compose; use WaitFor plus a network alias", ModelCategory, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Description(DiagnosticIds.LegacyLink), Link(DiagnosticIds.LegacyLink));

    public static readonly DiagnosticDescriptor BuildOnlyServiceOnKubernetes = new(
        DiagnosticIds.BuildOnlyServiceOnKubernetes, Title(DiagnosticIds.BuildOnlyServiceOnKubernetes),
        "{0} is built but its image has no name, so Kubernetes cannot pull it: pass image: \"registry/name:tag\" to WithBuild",
        KubernetesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.BuildOnlyServiceOnKubernetes), Link(DiagnosticIds.BuildOnlyServiceOnKubernetes));

    public static readonly DiagnosticDescriptor BindMountWithoutKubernetesChoice = new(
        DiagnosticIds.BindMountWithoutKubernetesChoice, Title(DiagnosticIds.BindMountWithoutKubernetesChoice),
        "Bind mount of '{0}' says nothing about Kubernetes: pass kubernetes: BindMountOnKubernetes.Skip, ConfigMap, NodeHostPath(...) or PersistentVolumeClaim(...)",
        KubernetesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true,
        Description(DiagnosticIds.BindMountWithoutKubernetesChoice), Link(DiagnosticIds.BindMountWithoutKubernetesChoice));

    public static readonly DiagnosticDescriptor LatestOrMissingTag = new(
        DiagnosticIds.LatestOrMissingTag, Title(DiagnosticIds.LatestOrMissingTag),
        "Image '{0}' is not pinned: use a version tag or a digest", BestPracticeCategory, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Description(DiagnosticIds.LatestOrMissingTag), Link(DiagnosticIds.LatestOrMissingTag));

    public static readonly DiagnosticDescriptor NoResources = new(
        DiagnosticIds.NoResources, Title(DiagnosticIds.NoResources),
        "{0} sets no CPU/memory requests and limits: call WithResources", BestPracticeCategory, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Description(DiagnosticIds.NoResources), Link(DiagnosticIds.NoResources));

    public static readonly DiagnosticDescriptor NoReadinessProbe = new(
        DiagnosticIds.NoReadinessProbe, Title(DiagnosticIds.NoReadinessProbe),
        "Service '{0}' has ports but no health check, so traffic may reach it before it is ready: call WithHealthCheck",
        BestPracticeCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description(DiagnosticIds.NoReadinessProbe), Link(DiagnosticIds.NoReadinessProbe));

    public static readonly DiagnosticDescriptor PrivilegedContainer = new(
        DiagnosticIds.PrivilegedContainer, Title(DiagnosticIds.PrivilegedContainer),
        "Container runs privileged, with full access to the host: add only the capabilities it needs", BestPracticeCategory,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticIds.PrivilegedContainer), Link(DiagnosticIds.PrivilegedContainer));

    public static readonly DiagnosticDescriptor RunsAsRoot = new(
        DiagnosticIds.RunsAsRoot, Title(DiagnosticIds.RunsAsRoot),
        "Container runs as root ({0}): call WithUser(\"1000:1000\") or another non-root user", BestPracticeCategory,
        DiagnosticSeverity.Warning, isEnabledByDefault: false, Description(DiagnosticIds.RunsAsRoot), Link(DiagnosticIds.RunsAsRoot));

    public static readonly DiagnosticDescriptor HostNetwork = new(
        DiagnosticIds.HostNetwork, Title(DiagnosticIds.HostNetwork),
        "Service uses the host's network stack, bypassing network isolation", BestPracticeCategory, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, Description(DiagnosticIds.HostNetwork), Link(DiagnosticIds.HostNetwork));

    public static readonly DiagnosticDescriptor SecretLiteralInEnvironment = new(
        DiagnosticIds.SecretLiteralInEnvironment, Title(DiagnosticIds.SecretLiteralInEnvironment),
        "Environment variable '{0}' holds what looks like a secret written in code: use AddSecret and WithSecret", BestPracticeCategory,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, Description(DiagnosticIds.SecretLiteralInEnvironment), Link(DiagnosticIds.SecretLiteralInEnvironment));

    private static string Title(string id) => RuleCatalog.Get(id).Title;

    private static string Description(string id)
    {
        var rule = RuleCatalog.Get(id);
        return rule.Description + " Fix: " + rule.Fix;
    }

    private static string Link(string id) => RuleCatalog.HelpLinkFor(id);
}
