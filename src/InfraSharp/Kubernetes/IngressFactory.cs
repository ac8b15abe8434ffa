using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>A service's ingress routes as one networking.k8s.io/v1 Ingress named after the service.</summary>
internal sealed class IngressFactory
{
    private readonly KubernetesBuild _build;

    public IngressFactory(KubernetesBuild build) => _build = build;

    /// <summary>Adds the Ingress of <paramref name="service"/> when it has routes.</summary>
    public void Create(ServiceDefinition service)
    {
        if (service.Ingresses.Count == 0)
        {
            return;
        }
        var rules = service.Ingresses
            .GroupBy(route => route.Host, StringComparer.Ordinal)
            .Select(host => new V1IngressRule
            {
                Host = string.IsNullOrEmpty(host.Key) ? null : host.Key,
                Http = new V1HTTPIngressRuleValue
                {
                    Paths = host.Select(route => new V1HTTPIngressPath
                    {
                        Path = string.IsNullOrEmpty(route.Path) ? "/" : route.Path,
                        PathType = "Prefix",
                        Backend = new V1IngressBackend
                        {
                            Service = new V1IngressServiceBackend { Name = service.Name, Port = new V1ServiceBackendPort { Number = route.Port } },
                        },
                    }).ToList(),
                },
            })
            .ToList();
        var tls = service.Ingresses
            .Where(route => route.TlsSecret is not null)
            .GroupBy(route => route.TlsSecret!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new V1IngressTLS
            {
                SecretName = group.Key,
                Hosts = group.Select(route => route.Host).Where(host => host.Length > 0).Distinct(StringComparer.Ordinal)
                    .OrderBy(host => host, StringComparer.Ordinal).ToList(),
            })
            .ToList();
        _build.Objects.Add(new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = _build.Metadata(service.Name, KubernetesLabels.ForService(service)),
            Spec = new V1IngressSpec
            {
                IngressClassName = service.Ingresses.Select(route => route.IngressClass).FirstOrDefault(name => name is not null),
                Rules = rules,
                Tls = tls.Count == 0 ? null : tls,
            },
        });
    }
}
