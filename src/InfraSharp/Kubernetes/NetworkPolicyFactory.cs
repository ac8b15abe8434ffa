using InfraSharp.Model;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>Networks as NetworkPolicies: members may talk to members; none/published modes get their own policies.</summary>
internal sealed class NetworkPolicyFactory
{
    private readonly KubernetesBuild _build;

    public NetworkPolicyFactory(KubernetesBuild build) => _build = build;

    /// <summary>Adds the policies of every network and of every service that needs one.</summary>
    public void EmitAll()
    {
        foreach (var network in _build.Stack.Networks)
        {
            EmitNetwork(network);
        }
        if (ImplicitDefaultNetworkHasPolicy)
        {
            EmitImplicitDefaultNetwork();
        }
        foreach (var service in _build.Stack.Services)
        {
            EmitServicePolicies(service);
        }
    }

    private static bool HasPolicy(NetworkDefinition network) => network.EmitKubernetesPolicy && !network.External;

    /// <summary>
    /// Services that name no network share Compose's implicit <c>default</c> network, so they must stay apart from
    /// the declared networks' members too: once any declared network is isolated by a policy, the implicit one gets a
    /// policy of its own (a declared network named <c>default</c> configures it instead, as in Compose).
    /// </summary>
    private bool ImplicitDefaultNetworkHasPolicy =>
        _build.Stack.Networks.All(network => network.Name != KubernetesLabels.DefaultNetworkName) &&
        _build.Stack.Networks.Any(HasPolicy) &&
        _build.Stack.Services.Any(KubernetesLabels.IsOnDefaultNetwork);

    private void EmitImplicitDefaultNetwork()
    {
        var members = new V1LabelSelector
        {
            MatchLabels = new SortedDictionary<string, string>(StringComparer.Ordinal) { [KubernetesLabels.DefaultNetworkLabel] = "true" },
        };
        _build.Objects.Add(Policy(KubernetesLabels.DefaultNetworkName, KubernetesLabels.ForStack(_build.Stack, null), new V1NetworkPolicySpec
        {
            PodSelector = members,
            PolicyTypes = new List<string> { "Ingress" },
            Ingress = new List<V1NetworkPolicyIngressRule> { new() { FromProperty = new List<V1NetworkPolicyPeer> { new() { PodSelector = members } } } },
        }));
    }

    private void EmitNetwork(NetworkDefinition network)
    {
        var path = "networks." + network.Name;
        if (!string.Equals(network.Driver, "bridge", StringComparison.Ordinal))
        {
            _build.NotExpressible(path + ".driver", $"the '{network.Driver}' driver (and its options) is a Compose setting; on Kubernetes every pod is on the cluster network.",
                "Nothing to do: membership is enforced with a NetworkPolicy; configure the cluster's network plugin for anything else.", network.Location);
        }
        if (network.External)
        {
            _build.NotExpressible(path, "an external network does not exist on Kubernetes; its members are only labelled and no NetworkPolicy is emitted.",
                "Write the policy for that network by hand, or declare the network in the stack.", network.Location);
        }
        if (!HasPolicy(network))
        {
            return;
        }
        var members = MemberSelector(network);
        var policy = Policy(network.Name, KubernetesLabels.ForStack(_build.Stack, network.Labels), new V1NetworkPolicySpec
        {
            PodSelector = members,
            PolicyTypes = network.Internal ? new List<string> { "Ingress", "Egress" } : new List<string> { "Ingress" },
            Ingress = new List<V1NetworkPolicyIngressRule>
            {
                new() { FromProperty = new List<V1NetworkPolicyPeer> { new() { PodSelector = MemberSelector(network) } } },
            },
            Egress = network.Internal
                ? new List<V1NetworkPolicyEgressRule>
                {
                    new() { To = new List<V1NetworkPolicyPeer> { new() { PodSelector = MemberSelector(network) } } },
                    // Name resolution must keep working, or members could not find each other.
                    new()
                    {
                        Ports = new List<V1NetworkPolicyPort>
                        {
                            new() { Port = 53, Protocol = "UDP" },
                            new() { Port = 53, Protocol = "TCP" },
                        },
                    },
                }
                : null,
        });
        _build.Customize(network.PolicyCustomizations, policy, path, network.Location);
        _build.Objects.Add(policy);
    }

    private void EmitServicePolicies(ServiceDefinition service)
    {
        var labels = KubernetesLabels.ForService(service);
        if (service.NetworkMode == NetworkMode.None)
        {
            // Selected with both policy types and no rules: no traffic in or out, like network_mode none.
            _build.Objects.Add(Policy(service.Name + "-isolated", labels, new V1NetworkPolicySpec
            {
                PodSelector = new V1LabelSelector { MatchLabels = KubernetesLabels.Selector(service) },
                PolicyTypes = new List<string> { "Ingress", "Egress" },
            }));
            return;
        }
        var published = service.PodContainers.SelectMany(container => container.Ports).Where(port => port.IsPublished).ToList();
        // Only needed when a network policy isolates the pod; otherwise it would itself close the unpublished ports.
        var isolated = service.NetworkMode == NetworkMode.Networks &&
            (service.Networks.Any(attachment => HasPolicy(attachment.Network)) ||
             (KubernetesLabels.IsOnDefaultNetwork(service) && (ImplicitDefaultNetworkHasPolicy ||
                 _build.Stack.Networks.Any(network => network.Name == KubernetesLabels.DefaultNetworkName && HasPolicy(network)))));
        if (published.Count == 0 || !isolated)
        {
            return;
        }
        _build.Objects.Add(Policy(service.Name + "-published", labels, new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector { MatchLabels = KubernetesLabels.Selector(service) },
            PolicyTypes = new List<string> { "Ingress" },
            Ingress = new List<V1NetworkPolicyIngressRule>
            {
                new()
                {
                    Ports = published
                        .Select(port => (port.ContainerPort, Protocol: ContainerFactory.Protocol(port.Protocol)))
                        .Distinct()
                        .Select(port => new V1NetworkPolicyPort { Port = port.ContainerPort, Protocol = port.Protocol })
                        .ToList(),
                },
            },
        }));
    }

    private V1NetworkPolicy Policy(string name, IDictionary<string, string> labels, V1NetworkPolicySpec spec) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = _build.Metadata(name, labels),
        Spec = spec,
    };

    private static V1LabelSelector MemberSelector(NetworkDefinition network) =>
        new() { MatchLabels = new SortedDictionary<string, string>(StringComparer.Ordinal) { [KubernetesLabels.NetworkLabel(network)] = "true" } };
}
