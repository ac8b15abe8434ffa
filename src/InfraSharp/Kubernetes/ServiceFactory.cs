using System.Globalization;
using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>The Kubernetes Service of a workload's ports, and the headless Service of a StatefulSet.</summary>
internal sealed class ServiceFactory
{
    private readonly KubernetesBuild _build;

    public ServiceFactory(KubernetesBuild build) => _build = build;

    /// <summary>Adds the Service (when the pod has ports) and, for a StatefulSet, its headless Service.</summary>
    public void Create(ServiceDefinition service)
    {
        var ports = Ports(service);
        if (ports.Count > 0)
        {
            var kubernetesService = new V1Service
            {
                ApiVersion = "v1",
                Kind = "Service",
                Metadata = _build.Metadata(service.Name, KubernetesLabels.ForService(service)),
                Spec = new V1ServiceSpec
                {
                    Type = service.ServiceType.ToString(),
                    Selector = KubernetesLabels.Selector(service),
                    Ports = ports,
                },
            };
            _build.Customize(service.KubernetesServiceCustomizations, kubernetesService, "services." + service.Name, service.Location);
            _build.Objects.Add(kubernetesService);
        }
        if (service.Workload == WorkloadKind.StatefulSet)
        {
            // Governs the StatefulSet's stable pod DNS names (<pod>.<service>-headless).
            _build.Objects.Add(new V1Service
            {
                ApiVersion = "v1",
                Kind = "Service",
                Metadata = _build.Metadata(WorkloadFactory.HeadlessServiceName(service), KubernetesLabels.ForService(service)),
                Spec = new V1ServiceSpec
                {
                    ClusterIP = "None",
                    Selector = KubernetesLabels.Selector(service),
                    Ports = Ports(service) is { Count: > 0 } headlessPorts ? headlessPorts : null,
                },
            });
        }
    }

    /// <summary>The Service port number of <paramref name="port"/>: the published port, else the container port.</summary>
    public static int ServicePort(PortDefinition port) => port.PublishedPort ?? port.ContainerPort;

    /// <summary>One Service port per distinct (port, protocol) of all the pod's containers, in declaration order.</summary>
    public static List<V1ServicePort> Ports(ServiceDefinition service)
    {
        var ports = new List<V1ServicePort>();
        var seen = new HashSet<(int, PortProtocol)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var port in service.PodContainers.SelectMany(container => container.Ports))
        {
            if (!seen.Add((ServicePort(port), port.Protocol)))
            {
                continue;
            }
            var protocol = ContainerFactory.Protocol(port.Protocol);
            var name = port.Name ?? string.Create(CultureInfo.InvariantCulture, $"{protocol.ToLowerInvariant()}-{ServicePort(port)}");
            ports.Add(new V1ServicePort
            {
                Name = KubernetesNames.Unique(KubernetesNames.ToDnsLabel(name, "port"), names),
                Port = ServicePort(port),
                TargetPort = port.ContainerPort,
                Protocol = protocol,
            });
        }
        return ports;
    }
}
