using System.Globalization;
using System.Text.RegularExpressions;
using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>
/// Turns a service's <c>WaitFor</c> dependencies into init containers that wait for the dependency's Service
/// (opt-in through <see cref="StackDefinition.KubernetesWaitImage"/>). A Service only routes to ready pods, so a TCP
/// connection through it succeeds once the dependency passes its readiness probe, which is its health check.
/// </summary>
internal sealed partial class WaitContainerFactory
{
    /// <summary>Prefix of every wait container's name.</summary>
    public const string NamePrefix = "wait-for-";

    private const long NobodyUserId = 65534;
    private readonly KubernetesBuild _build;

    public WaitContainerFactory(KubernetesBuild build) => _build = build;

    /// <summary>The wait image of <paramref name="stack"/>, or null when it did not opt in.</summary>
    public static string? ImageOf(StackDefinition stack) =>
        string.IsNullOrWhiteSpace(stack.KubernetesWaitImage) ? null : stack.KubernetesWaitImage.Trim();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    /// <summary>
    /// The wait containers of <paramref name="service"/>, one per dependency it can wait for, named so they clash with
    /// none of <paramref name="takenNames"/> (which they are added to). Dependencies it cannot wait for are reported (ISH4004).
    /// </summary>
    public List<V1Container> Create(ServiceDefinition service, string path, ISet<string> takenNames)
    {
        var result = new List<V1Container>();
        if (ImageOf(_build.Stack) is not { } image)
        {
            return result;
        }
        var waited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in service.DependsOn)
        {
            var target = dependency.Service;
            if (!waited.Add(target.Name))
            {
                continue;
            }
            if (WhyNotWaitable(service, dependency) is { } reason)
            {
                _build.NotExpressible(path + ".depends_on." + target.Name,
                    $"'{service.Name}' cannot wait for '{target.Name}' on Kubernetes: {reason.Message} It starts together with it and is annotated {KubernetesLabels.DependsOnAnnotation}.",
                    reason.Fix, dependency.Location);
                continue;
            }
            var port = ServiceFactory.Ports(target).First(candidate => candidate.Protocol == "TCP").Port;
            var name = KubernetesNames.Unique(KubernetesNames.ToDnsLabel(NamePrefix + target.Name, "wait-for"), takenNames);
            result.Add(WaitContainer(name, image, target.Name, port));
        }
        return result;
    }

    private static (string Message, string Fix)? WhyNotWaitable(ServiceDefinition service, ServiceDependency dependency)
    {
        var target = dependency.Service;
        if (dependency.EffectiveCondition == DependencyCondition.CompletedSuccessfully)
        {
            return ("waiting for a run to complete needs the Kubernetes API (a Job's completion), which a wait container cannot see.",
                $"Run the one-shot work as an init container of '{service.Name}' with .WithInitContainer(...), or make '{service.Name}' retry until the work is done.");
        }
        if (service.NetworkMode == NetworkMode.Host || service.Dns.Count > 0)
        {
            return ("its pod does not resolve names through the cluster DNS (host network or custom dns), so the Service name cannot be looked up.",
                "Remove the host network / dns setting, or make the service retry until the dependency answers.");
        }
        if (!DnsLabel().IsMatch(target.Name))
        {
            return ($"'{target.Name}' is not a DNS label, so it has no Service name to connect to.", "Rename the dependency to a DNS label (ISH2001).");
        }
        var ports = ServiceFactory.Ports(target);
        if (ports.Count == 0)
        {
            return ($"'{target.Name}' opens no ports, so it has no Service to connect to.",
                $"Declare the port '{target.Name}' listens on with .WithPort(...), or make '{service.Name}' retry until it answers.");
        }
        if (!ports.Any(port => port.Protocol == "TCP"))
        {
            return ($"'{target.Name}' opens only UDP ports, and a wait container can only test TCP connections.",
                $"Declare a TCP port on '{target.Name}', or make '{service.Name}' retry until it answers.");
        }
        return null;
    }

    private static V1Container WaitContainer(string name, string image, string dependency, int port)
    {
        var portText = port.ToString(CultureInfo.InvariantCulture);
        return new V1Container
        {
            Name = name,
            Image = image,
            // The dependency name is a DNS label (checked above), so it needs no shell quoting.
            Command = ["sh", "-c", $"until nc -z {dependency} {portText}; do echo waiting for {dependency}; sleep 2; done"],
            // Small but explicit, so the wait container passes the same resource checks as the user's containers.
            Resources = new V1ResourceRequirements
            {
                Requests = new SortedDictionary<string, ResourceQuantity>(StringComparer.Ordinal)
                {
                    ["cpu"] = new ResourceQuantity("10m"),
                    ["memory"] = new ResourceQuantity("16Mi"),
                },
                Limits = new SortedDictionary<string, ResourceQuantity>(StringComparer.Ordinal)
                {
                    ["cpu"] = new ResourceQuantity("50m"),
                    ["memory"] = new ResourceQuantity("32Mi"),
                },
            },
            SecurityContext = new V1SecurityContext
            {
                RunAsNonRoot = true,
                RunAsUser = NobodyUserId,
                RunAsGroup = NobodyUserId,
                AllowPrivilegeEscalation = false,
                ReadOnlyRootFilesystem = true,
                Capabilities = new V1Capabilities { Drop = ["ALL"] },
            },
        };
    }
}
