using System.Text.RegularExpressions;
using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>A service's pod: containers, init containers, volumes and the pod-level settings.</summary>
internal sealed partial class PodSpecFactory
{
    private readonly KubernetesBuild _build;
    private readonly VolumeFactory _volumes;
    private readonly ConfigMapFactory _configMaps;
    private readonly ContainerFactory _containers;
    private readonly WaitContainerFactory _waits;

    public PodSpecFactory(KubernetesBuild build, VolumeFactory volumes, ConfigMapFactory configMaps)
    {
        _build = build;
        _volumes = volumes;
        _configMaps = configMaps;
        _containers = new ContainerFactory(build);
        _waits = new WaitContainerFactory(build);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    /// <summary>Creates the pod spec (user customizations applied) and returns the volumes it collected.</summary>
    public (V1PodSpec Spec, PodVolumes Volumes) Create(ServiceDefinition service, string path, string? restartPolicy)
    {
        var volumes = new PodVolumes(_build, service, _volumes, _configMaps);
        var containers = new List<V1Container> { _containers.Create(service, path, volumes, isInitContainer: false) };
        containers.AddRange(service.Sidecars.Select(sidecar =>
            _containers.Create(sidecar, $"{path}.sidecars.{sidecar.Name}", volumes, isInitContainer: false)));
        var userInitContainers = service.InitContainers
            .Select(init => _containers.Create(init, $"{path}.init_containers.{init.Name}", volumes, isInitContainer: true))
            .ToList();
        // Wait containers run first, so the user's init containers already find the dependencies up.
        var takenNames = new HashSet<string>(containers.Concat(userInitContainers).Select(container => container.Name), StringComparer.Ordinal);
        var initContainers = _waits.Create(service, path, takenNames);
        initContainers.AddRange(userInitContainers);
        var spec = new V1PodSpec
        {
            Containers = containers,
            InitContainers = initContainers.Count == 0 ? null : initContainers,
            Volumes = volumes.Volumes.Count == 0 ? null : volumes.Volumes,
            RestartPolicy = restartPolicy,
            HostNetwork = service.NetworkMode == NetworkMode.Host ? true : null,
            NodeSelector = service.NodeSelector.Count == 0 ? null : new SortedDictionary<string, string>(service.NodeSelector, StringComparer.Ordinal),
            Hostname = Hostname(service, path),
            HostAliases = HostAliases(service),
            TerminationGracePeriodSeconds = service.StopGracePeriod is { } grace ? ContainerFactory.WholeSeconds(grace, 0) : null,
            SecurityContext = service.Sysctls.Count == 0
                ? null
                : new V1PodSecurityContext { Sysctls = service.Sysctls.Select(pair => new V1Sysctl { Name = pair.Key, Value = pair.Value }).ToList() },
        };
        if (service.Dns.Count > 0)
        {
            // Compose's dns replaces the resolvers; in Kubernetes that needs dnsPolicy None plus explicit nameservers.
            spec.DnsPolicy = "None";
            spec.DnsConfig = new V1PodDNSConfig { Nameservers = service.Dns.ToList() };
        }
        ReportNotExpressible(service, path);
        _build.Customize(service.PodSpecCustomizations, spec, path, service.Location);
        return (spec, volumes);
    }

    private string? Hostname(ServiceDefinition service, string path)
    {
        if (string.IsNullOrWhiteSpace(service.Hostname))
        {
            return null;
        }
        if (service.Hostname.Length <= KubernetesNames.MaxLabelLength && DnsLabel().IsMatch(service.Hostname))
        {
            return service.Hostname;
        }
        _build.NotExpressible(path + ".hostname", $"the host name '{service.Hostname}' is not a DNS-1123 label, which a pod host name must be; it is left out.",
            "Use a single lower-case label such as 'web-1'.", service.Location);
        return null;
    }

    private static List<V1HostAlias>? HostAliases(ServiceDefinition service)
    {
        if (service.ExtraHosts.Count == 0)
        {
            return null;
        }
        return service.ExtraHosts
            .GroupBy(pair => pair.Value, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new V1HostAlias
            {
                Ip = group.Key,
                Hostnames = group.Select(pair => pair.Key).OrderBy(name => name, StringComparer.Ordinal).ToList(),
            })
            .ToList();
    }

    private void ReportNotExpressible(ServiceDefinition service, string path)
    {
        var location = service.Location;
        foreach (var link in service.Links)
        {
            _build.NotExpressible(path + ".links", $"the legacy link to '{link.Service.Name}' has no Kubernetes equivalent; the Service '{link.Service.Name}' is reachable by its name.",
                $"Replace the link with .WaitFor({link.Service.Name}) and, for another name, a network alias.", link.Location);
        }
        foreach (var attachment in service.Networks.Where(attachment => attachment.Aliases.Count > 0))
        {
            _build.NotExpressible(path + ".networks." + attachment.Network.Name,
                $"the network aliases {string.Join(", ", attachment.Aliases)} cannot be expressed; other pods reach the service by its Service name '{service.Name}'.",
                "Use the service name, or add a Service per alias with ConfigureKubernetes(...).", attachment.Location);
        }
        if (service.Logging is not null)
        {
            _build.NotExpressible(path + ".logging", $"the log driver '{service.Logging.Driver}' is a Compose setting; the cluster collects container output.",
                "Configure logging in the cluster (for example a log collector DaemonSet).", location);
        }
        if (service.Ulimits.Count > 0)
        {
            _build.NotExpressible(path + ".ulimits", $"ulimits ({string.Join(", ", service.Ulimits.Keys)}) cannot be set per pod.",
                "Set limits in the container runtime of the nodes, or in the image's entrypoint.", location);
        }
        if (service.Init == true)
        {
            _build.NotExpressible(path + ".init", "an init process (init: true) cannot be requested per pod.",
                "Use an image with tini/dumb-init as entrypoint, or shareProcessNamespace via ConfigurePodSpec(...).", location);
        }
        if (service.StopSignal is not null)
        {
            _build.NotExpressible(path + ".stop_signal", $"the stop signal '{service.StopSignal}' cannot be set; Kubernetes sends SIGTERM.",
                "Handle SIGTERM in the application, or add a preStop hook via ConfigurePodSpec(...).", location);
        }
        if (service.Profiles.Count > 0)
        {
            _build.NotExpressible(path + ".profiles", $"Compose profiles ({string.Join(", ", service.Profiles)}) do not exist on Kubernetes; the service is always emitted.",
                "Leave the workload out with a kustomize overlay if it must not run in the cluster.", location);
        }
        if (service.ContainerName is not null)
        {
            _build.NotExpressible(path + ".container_name", $"the fixed container name '{service.ContainerName}' is a Compose setting; pods get generated names.",
                $"Reach the service through its Service name '{service.Name}'.", location);
        }
    }
}
