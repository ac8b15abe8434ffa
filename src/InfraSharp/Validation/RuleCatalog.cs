// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Collections.Generic;

namespace InfraSharp.Validation;

/// <summary>
/// The one rule catalogue: an entry per id of <see cref="DiagnosticIds"/>, read by the analyzers (descriptors),
/// the runtime validation (severity, fix) and the docs test.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The help link of a rule; <c>{0}</c> is the id.</summary>
    public const string HelpLinkFormat = "https://github.com/infrasharp/InfraSharp/blob/main/docs/rules/{0}.md";

    private static readonly Rule[] Rules =
    {
        // 1xxx: DSL usage (reported by the analyzers and by the emit host while discovering stacks).
        new(DiagnosticIds.StackClassShape, "Stack class has the wrong shape", Severity.Error, RuleCategory.Usage,
            "A class marked [Stack] must be static and declare 'public static void Define(IStackBuilder stack)', or the build cannot run it.",
            "Make the class static and declare 'public static void Define(IStackBuilder stack)'."),
        new(DiagnosticIds.DuplicateStackName, "Two stacks have the same name", Severity.Error, RuleCategory.Usage,
            "Two [Stack] classes of one project share a name, so their output folders and Compose projects would collide.",
            "Give every [Stack] a distinct name."),

        // 2xxx: model rules for both targets.
        new(DiagnosticIds.InvalidName, "Name is not a valid DNS label", Severity.Error, RuleCategory.Model,
            "Names of stacks, services, containers, volumes and networks become Kubernetes object names and DNS names, so they must be DNS-1123 labels: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters. Configs and secrets may also contain dots (DNS-1123 subdomains, such as 'nginx.conf'); port names are at most 15 characters.",
            "Use lower-case letters, digits and '-' only, start and end with a letter or digit, at most 63 characters (such as 'web-api')."),
        new(DiagnosticIds.DuplicateName, "Name is declared twice", Severity.Error, RuleCategory.Model,
            "Two objects of one kind (or two containers of one pod, or a service and a generated sidecar service '<service>-<sidecar>') share a name, so one would overwrite the other.",
            "Rename one of them."),
        new(DiagnosticIds.PortOutOfRange, "Port is out of range", Severity.Error, RuleCategory.Model,
            "Container and published ports must lie between 1 and 65535.",
            "Use a port between 1 and 65535."),
        new(DiagnosticIds.HostPortPublishedTwice, "Host port is published twice", Severity.Error, RuleCategory.Model,
            "Two ports publish the same host port with the same protocol on overlapping host addresses; the second container would fail to start.",
            "Publish a different host port, or bind the two to different host addresses."),
        new(DiagnosticIds.DependencyCycle, "Services wait for each other in a cycle", Severity.Error, RuleCategory.Model,
            "WaitFor (depends_on) and links form a cycle, so none of the services in it can ever start.",
            "Remove one WaitFor (or link) of the cycle."),
        new(DiagnosticIds.DuplicateMountTarget, "Two mounts use one container path", Severity.Error, RuleCategory.Model,
            "Two volumes, bind mounts, tmpfs mounts, configs or secrets of one container are mounted at the same path; engines reject this.",
            "Mount each at its own path."),
        new(DiagnosticIds.InvalidImageReference, "Image reference is invalid", Severity.Error, RuleCategory.Model,
            "The image must follow the reference grammar [registry[:port]/]path[:tag][@digest] with lower-case path components.",
            "Write the image as '[registry/]name[:tag][@sha256:digest]' in lower case, such as 'ghcr.io/acme/web:1.4'."),
        new(DiagnosticIds.InvalidQuantity, "Quantity is invalid", Severity.Error, RuleCategory.Model,
            "CPU, memory and size values must be Kubernetes quantities (such as 250m, 0.5, 2 for CPU and 128Mi, 1Gi, 500M for memory), and a limit may not be below its request.",
            "Use a quantity such as '250m' or '0.5' for CPU and '128Mi' or '1Gi' for memory and sizes, with limits at or above requests."),
        new(DiagnosticIds.WaitForHealthyWithoutHealthCheck, "Waiting for a service that has no health check", Severity.Error, RuleCategory.Model,
            "WaitFor with DependencyCondition.Healthy needs a health check on the dependency, or the dependant never starts.",
            "Give the dependency a health check with WithHealthCheck, or wait with DependencyCondition.Started."),
        new(DiagnosticIds.NoImageOrBuild, "Container has neither image nor build", Severity.Error, RuleCategory.Model,
            "Every service, sidecar and init container needs an image to run or a build that produces one.",
            "Call WithImage(\"name:tag\") or WithBuild(\"context\", image: \"name:tag\")."),
        new(DiagnosticIds.NetworkModeWithNetworks, "Network mode host/none combined with networks", Severity.Error, RuleCategory.Model,
            "A service with network mode Host or None cannot also join networks; engines reject the combination.",
            "Remove the WithNetwork calls, or remove WithNetworkMode."),
        new(DiagnosticIds.ForeignReference, "Object of another stack referenced", Severity.Error, RuleCategory.Model,
            "A service references a volume, network, config, secret or service declared in another stack, which is not emitted with this one.",
            "Declare the object in this stack (or declare it here as external)."),
        new(DiagnosticIds.InvalidEnvironmentName, "Environment variable name is invalid", Severity.Error, RuleCategory.Model,
            "Environment variable names must match [-._a-zA-Z][-._a-zA-Z0-9]* (the Kubernetes rule).",
            "Use letters, digits, '_', '-' and '.', not starting with a digit (such as 'ASPNETCORE_URLS')."),
        new(DiagnosticIds.InvalidMountPath, "Mount path is not absolute", Severity.Error, RuleCategory.Model,
            "The path inside the container of a volume, bind mount, tmpfs, config or secret must be absolute.",
            "Start the container path with '/', such as '/var/lib/data'."),
        new(DiagnosticIds.InvalidReplicas, "Replicas or rolling update are invalid", Severity.Error, RuleCategory.Model,
            "Replicas may not be negative, and a rolling update needs non-negative maxSurge and maxUnavailable that are not both zero.",
            "Use replicas >= 0 and a rolling update with maxSurge or maxUnavailable above zero."),
        new(DiagnosticIds.ContainerNameWithReplicas, "Fixed container name with several replicas", Severity.Error, RuleCategory.Model,
            "Compose cannot start several replicas that share one fixed container name.",
            "Remove WithContainerName, or run one replica."),
        new(DiagnosticIds.InvalidSchedule, "Cron schedule is invalid", Severity.Error, RuleCategory.Model,
            "A CronJob needs a five-field cron schedule (minute hour day-of-month month day-of-week) or a macro such as @hourly.",
            "Use a schedule such as '*/15 * * * *' or '@daily'."),
        new(DiagnosticIds.InvalidProbe, "Health check is invalid", Severity.Error, RuleCategory.Model,
            "A health check needs a positive interval and timeout, at least one retry, a non-negative start period, a port between 1 and 65535 (HTTP, TCP), a path starting with '/' (HTTP) and a command (exec).",
            "Use positive timings, a port between 1 and 65535, a path such as '/healthz', and a non-empty command."),
        new(DiagnosticIds.MissingSource, "Config or secret has no source", Severity.Error, RuleCategory.Model,
            "A config needs a file or content, and a secret a file or an environment variable, unless it is external.",
            "Call FromFile/FromContent (config), FromFile/FromEnvironment (secret), or AsExternal()."),
        new(DiagnosticIds.IngressWithoutPort, "Ingress has no port", Severity.Error, RuleCategory.Model,
            "An ingress routes to a service port; the service has none and no port was given.",
            "Pass port: to WithIngress, or declare a port with WithPort before WithIngress."),
        new(DiagnosticIds.LegacyLink, "WithLink is legacy Compose", Severity.Warning, RuleCategory.Model,
            "WithLink is legacy Compose; use WaitFor plus a network alias. Compose networks already resolve service names, a link's only other effects are start order and an extra host name, and Kubernetes has no links at all (they are dropped there, ISH4004).",
            "Replace WithLink(service) by WaitFor(service); for another host name, give the linked service a network alias with WithNetwork(network, aliases: new[] { \"alias\" })."),

        // 3xxx: Compose only (reported by the Compose writer).
        new(DiagnosticIds.NotExpressibleInCompose, "Concept not expressible in Compose", Severity.Info, RuleCategory.Compose,
            "A Kubernetes-only concept (such as an ingress or a CronJob schedule) has no Compose form and is left out of compose.yaml.",
            "Nothing to do if the concept matters only on Kubernetes; otherwise model it another way for Compose."),
        new(DiagnosticIds.NeedsNewerCompose, "Needs a newer Compose than docker-compose 1.29", Severity.Info, RuleCategory.Compose,
            "The Compose file uses a form of the Compose specification (such as configs content) that docker-compose 1.29 rejects.",
            "Use Docker Compose v2, or avoid the feature (such as FromFile instead of FromContent)."),

        // 40xx: Kubernetes only.
        new(DiagnosticIds.BuildOnlyServiceOnKubernetes, "Built image has no name for Kubernetes", Severity.Error, RuleCategory.Kubernetes,
            "Kubernetes pulls images and cannot build them, so a container built from source needs the image name it is pushed as.",
            "Pass image: to WithBuild, such as WithBuild(\".\", image: \"ghcr.io/acme/web:1.4\")."),
        new(DiagnosticIds.BindMountWithoutKubernetesChoice, "Bind mount has no Kubernetes choice", Severity.Error, RuleCategory.Kubernetes,
            "A host folder of the developer's machine does not exist on a cluster node, so a bind mount must say what it becomes on Kubernetes.",
            "Pass kubernetes: BindMountOnKubernetes.Skip, .ConfigMap, .NodeHostPath(path) or .PersistentVolumeClaim(name, size) to WithBindMount."),
        new(DiagnosticIds.VolumeWithoutSize, "Volume has no size", Severity.Warning, RuleCategory.Kubernetes,
            "A PersistentVolumeClaim needs a size; 1Gi is assumed when a named volume has none.",
            "Call WithSize(\"10Gi\") on the volume."),
        new(DiagnosticIds.NotExpressibleInKubernetes, "Concept not expressible in Kubernetes", Severity.Info, RuleCategory.Kubernetes,
            "A Compose-only concept (such as a log driver, profiles, links or ulimits) has no Kubernetes form and is left out of the manifests.",
            "Nothing to do if the concept matters only in Compose; otherwise model it another way for Kubernetes."),
        new(DiagnosticIds.NonNumericUserOnKubernetes, "User is not numeric", Severity.Warning, RuleCategory.Kubernetes,
            "Kubernetes runAsUser/runAsGroup take numeric ids only, so a user name cannot carry over.",
            "Use a numeric 'uid[:gid]' such as WithUser(\"1000:1000\")."),
        new(DiagnosticIds.RestartPolicyOnLongRunningWorkload, "Restart policy does not fit the workload", Severity.Warning, RuleCategory.Kubernetes,
            "Deployments and StatefulSets always restart their pods, so a restart policy of 'no' or 'on-failure' cannot carry over.",
            "Use AsJob() for one-shot work, or remove the restart policy."),

        // 41xx: best practice, mirroring the common Kubernetes linters.
        new(DiagnosticIds.LatestOrMissingTag, "Image uses 'latest' or no tag", Severity.Warning, RuleCategory.BestPractice,
            "Without a pinned tag or digest the image can change under a running service and rollouts are not reproducible.",
            "Pin a version tag or a digest, such as 'redis:7.2' or 'redis@sha256:...'.",
            kubeLinterCheck: "latest-tag", kubeScoreCheck: "container-image-tag", polarisCheck: "tagNotSpecified"),
        new(DiagnosticIds.NoResources, "Container has no CPU/memory requests and limits", Severity.Warning, RuleCategory.BestPractice,
            "Without requests the scheduler cannot place the pod well; without limits one container can starve the node.",
            "Call WithResources(cpuRequest: \"100m\", cpuLimit: \"500m\", memoryRequest: \"128Mi\", memoryLimit: \"256Mi\").",
            kubeLinterCheck: "unset-cpu-requirements, unset-memory-requirements", kubeScoreCheck: "container-resources",
            polarisCheck: "cpuRequestsMissing, cpuLimitsMissing, memoryRequestsMissing, memoryLimitsMissing"),
        new(DiagnosticIds.NoReadinessProbe, "Service with ports has no health check", Severity.Warning, RuleCategory.BestPractice,
            "Without a health check traffic reaches pods before they are ready and hung pods are never restarted.",
            "Call WithHealthCheck(Probe.Http(\"/healthz\", port)), Probe.Tcp(port) or Probe.Exec(...).",
            kubeLinterCheck: "no-readiness-probe, no-liveness-probe", kubeScoreCheck: "pod-probes",
            polarisCheck: "readinessProbeMissing, livenessProbeMissing"),
        new(DiagnosticIds.PrivilegedContainer, "Container runs privileged", Severity.Warning, RuleCategory.BestPractice,
            "A privileged container has full access to the host; a compromise of it compromises the node.",
            "Remove WithPrivileged and add only the capabilities needed with WithAddedCapabilities.",
            kubeLinterCheck: "privileged-container", kubeScoreCheck: "container-security-context-privileged", polarisCheck: "runAsPrivileged"),
        new(DiagnosticIds.RunsAsRoot, "Container runs as root", Severity.Warning, RuleCategory.BestPractice,
            "A container without a user, or with user root/0, runs as root, which widens the damage of a compromise.",
            "Call WithUser(\"1000:1000\") with a non-root numeric user.",
            kubeLinterCheck: "run-as-non-root", kubeScoreCheck: "container-security-context-user-group-id", polarisCheck: "runAsRootAllowed"),
        new(DiagnosticIds.HostNetwork, "Service uses the host network", Severity.Warning, RuleCategory.BestPractice,
            "The host network bypasses network isolation and policies and can clash with ports of the node.",
            "Remove WithNetworkMode(NetworkMode.Host) and publish the ports needed with WithPort.",
            kubeLinterCheck: "host-network", polarisCheck: "hostNetworkSet"),
        new(DiagnosticIds.SecretLiteralInEnvironment, "Secret-looking value written in the environment", Severity.Warning, RuleCategory.BestPractice,
            "An environment variable named like a password, token or key has a literal value, which ends up in plain text in compose.yaml and the manifests.",
            "Declare it with AddSecret(...).FromFile/FromEnvironment and mount it with WithSecret, or reference a variable ('${NAME}').",
            kubeLinterCheck: "env-var-secret"),

        // 5xxx: emit time (reported by the emit host and the build).
        new(DiagnosticIds.StackFailed, "Stack definition threw", Severity.Error, RuleCategory.Emit,
            "Running the stack's Define method threw an exception, so nothing was written for it.",
            "Fix the exception shown in the message (its stack trace points at the line)."),
        new(DiagnosticIds.SourceFileNotFound, "Referenced file not found", Severity.Error, RuleCategory.Emit,
            "A file or folder referenced by the stack (config or secret file, bind mount source, build context, env file) does not exist relative to the project folder.",
            "Create the file, or correct the path (relative to the project folder)."),
        new(DiagnosticIds.WriteFailed, "Output could not be written", Severity.Error, RuleCategory.Emit,
            "Writing a generated file failed (permissions, disk, locked file); the previous file is left as it was.",
            "Check the output folder's permissions and free space, then build again."),
        new(DiagnosticIds.ManifestOutOfDate, "Committed manifests differ from the code", Severity.Error, RuleCategory.Emit,
            "In check mode the committed compose.yaml or Kubernetes manifests differ from what the code produces.",
            "Build without check mode and commit the regenerated files."),
    };

    private static readonly Dictionary<string, Rule> ById = CreateIndex();

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<Rule> All => Rules;

    /// <summary>The rule with <paramref name="id"/>, or null when there is none.</summary>
    public static Rule? Find(string id) => id is not null && ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The rule with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public static Rule Get(string id) =>
        Find(id) ?? throw new ArgumentException("No InfraSharp rule has the id '" + id + "'.", nameof(id));

    /// <summary>The docs page of <paramref name="id"/>.</summary>
    public static string HelpLinkFor(string id) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpLinkFormat, id);

    private static Dictionary<string, Rule> CreateIndex()
    {
        var index = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            index.Add(rule.Id, rule);
        }
        return index;
    }
}
