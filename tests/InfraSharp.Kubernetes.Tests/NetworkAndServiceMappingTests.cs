using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Networks as NetworkPolicies, ports as Services, routes as Ingresses.</summary>
public sealed class NetworkAndServiceMappingTests
{
    private static KubernetesOutput Emit(Action<IStackBuilder> define) => KubernetesOutput.Emit("s", define);

    [Fact]
    public void Network_becomes_a_policy_letting_members_reach_members_and_pods_carry_the_membership_label()
    {
        var output = Emit(stack =>
        {
            var back = stack.AddNetwork("back");
            stack.AddService("db").WithImage("db:1").WithNetwork(back);
        });
        var policy = output.Read<V1NetworkPolicy>("kubernetes/networkpolicy-back.yaml");
        var members = new Dictionary<string, string> { ["network.infrasharp.io/back"] = "true" };
        Assert.Equal(members, policy.Spec.PodSelector.MatchLabels);
        Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
        Assert.Equal(members, policy.Spec.Ingress.Single().FromProperty.Single().PodSelector.MatchLabels);
        Assert.Null(policy.Spec.Egress);
        Assert.Equal("true", output.Read<V1Deployment>("kubernetes/deployment-db.yaml").Spec.Template.Metadata.Labels["network.infrasharp.io/back"]);
    }

    [Fact]
    public void Services_naming_no_network_share_the_implicit_default_network_and_its_policy()
    {
        var output = Emit(stack =>
        {
            var back = stack.AddNetwork("back");
            stack.AddService("db").WithImage("db:1").WithNetwork(back);
            stack.AddService("web").WithImage("web:1");
        });
        var policy = output.Read<V1NetworkPolicy>("kubernetes/networkpolicy-default.yaml");
        var members = new Dictionary<string, string> { ["network.infrasharp.io/default"] = "true" };
        Assert.Equal(members, policy.Spec.PodSelector.MatchLabels);
        Assert.Equal(members, policy.Spec.Ingress.Single().FromProperty.Single().PodSelector.MatchLabels);
        Assert.Equal("true", output.Read<V1Deployment>("kubernetes/deployment-web.yaml").Spec.Template.Metadata.Labels["network.infrasharp.io/default"]);
        Assert.False(output.Read<V1Deployment>("kubernetes/deployment-db.yaml").Spec.Template.Metadata.Labels.ContainsKey("network.infrasharp.io/default"));
    }

    [Fact]
    public void No_default_network_policy_when_the_stack_declares_no_isolated_network()
    {
        var output = Emit(stack =>
        {
            stack.AddService("db").WithImage("db:1");
            stack.AddService("web").WithImage("web:1");
        });
        Assert.DoesNotContain(output.Files, f => f.RelativePath.Contains("networkpolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_default_network_configures_the_implicit_one()
    {
        var output = Emit(stack =>
        {
            stack.AddNetwork("default").AsInternal();
            stack.AddService("web").WithImage("web:1");
        });
        var policy = Assert.Single(output.Objects(), o => o.Object is V1NetworkPolicy).Object as V1NetworkPolicy;
        Assert.Equal(["Ingress", "Egress"], policy!.Spec.PolicyTypes);
        Assert.Equal("true", output.Read<V1Deployment>("kubernetes/deployment-web.yaml").Spec.Template.Metadata.Labels["network.infrasharp.io/default"]);
    }

    [Fact]
    public void Internal_network_also_limits_egress_to_members_and_DNS()
    {
        var policy = Emit(stack => stack.AddNetwork("back").AsInternal()).Read<V1NetworkPolicy>("kubernetes/networkpolicy-back.yaml");
        Assert.Equal(["Ingress", "Egress"], policy.Spec.PolicyTypes);
        Assert.Equal("true", policy.Spec.Egress[0].To.Single().PodSelector.MatchLabels["network.infrasharp.io/back"]);
        Assert.Equal([("53", "UDP"), ("53", "TCP")], policy.Spec.Egress[1].Ports.Select(p => (p.Port.Value, p.Protocol)));
    }

    [Fact]
    public void No_policy_for_external_networks_or_when_opted_out()
    {
        var output = Emit(stack =>
        {
            stack.AddNetwork("ext").AsExternal();
            stack.AddNetwork("open").WithoutKubernetesPolicy();
        });
        Assert.DoesNotContain(output.Files, f => f.RelativePath.Contains("networkpolicy", StringComparison.Ordinal));
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.ObjectPath == "networks.ext");
    }

    [Fact]
    public void Overlay_driver_is_reported_as_cluster_network()
    {
        var output = Emit(stack => stack.AddNetwork("mesh").AsOverlay());
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.ObjectPath == "networks.mesh.driver" && d.Message.Contains("cluster network", StringComparison.Ordinal));
        Assert.True(output.Has("kubernetes/networkpolicy-mesh.yaml"));
    }

    [Fact]
    public void Published_ports_of_a_network_member_are_opened_to_everyone()
    {
        var output = Emit(stack => stack.AddService("proxy").WithImage("nginx:1").WithPort(80, 8000).WithInternalPort(9000).WithNetwork(stack.AddNetwork("front")));
        var policy = output.Read<V1NetworkPolicy>("kubernetes/networkpolicy-proxy-published.yaml");
        Assert.Equal("proxy", policy.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"]);
        var rule = policy.Spec.Ingress.Single();
        Assert.Null(rule.FromProperty);
        Assert.Equal([("80", "TCP")], rule.Ports.Select(p => (p.Port.Value, p.Protocol)));
    }

    [Fact]
    public void Published_ports_without_networks_need_no_policy()
    {
        Assert.DoesNotContain(Emit(stack => stack.AddService("web").WithImage("w:1").WithPort(80)).Files,
            f => f.RelativePath.Contains("networkpolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void Network_mode_none_isolates_the_pod_in_both_directions()
    {
        var policy = Emit(stack => stack.AddService("calc").WithImage("c:1").WithNetworkMode(NetworkMode.None))
            .Read<V1NetworkPolicy>("kubernetes/networkpolicy-calc-isolated.yaml");
        Assert.Equal(["Ingress", "Egress"], policy.Spec.PolicyTypes);
        Assert.Null(policy.Spec.Ingress);
        Assert.Null(policy.Spec.Egress);
        Assert.Equal("calc", policy.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"]);
    }

    [Fact]
    public void Service_exposes_every_pod_port_with_published_port_and_container_target()
    {
        var service = Emit(stack => stack.AddService("web").WithImage("w:1").WithPort(8080, 80).WithInternalPort(53, PortProtocol.Udp)
                .WithPort(8443, 443, name: "https").WithServiceType(KubernetesServiceType.NodePort)
                .WithSidecar("metrics", s => s.WithImage("m:1").WithInternalPort(9102)))
            .Read<V1Service>("kubernetes/service-web.yaml");
        Assert.Equal("NodePort", service.Spec.Type);
        Assert.Equal([("tcp-80", 80, "8080", "TCP"), ("udp-53", 53, "53", "UDP"), ("https", 443, "8443", "TCP"), ("tcp-9102", 9102, "9102", "TCP")],
            service.Spec.Ports.Select(p => (p.Name, p.Port, p.TargetPort.Value, p.Protocol)));
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = "web", ["app.kubernetes.io/part-of"] = "s" }, service.Spec.Selector);
    }

    [Fact]
    public void Ingress_routes_hosts_and_paths_to_the_service_port_with_tls()
    {
        var ingress = Emit(stack => stack.AddService("web").WithImage("w:1").WithPort(8080, 80)
                .WithIngress("shop.example.com", "/", tlsSecret: "shop-tls", ingressClass: "nginx")
                .WithIngress("shop.example.com", "/api", port: 80, tlsSecret: "shop-tls")
                .WithIngress("admin.example.com"))
            .Read<V1Ingress>("kubernetes/ingress-web.yaml");
        Assert.Equal("nginx", ingress.Spec.IngressClassName);
        Assert.Equal(["shop.example.com", "admin.example.com"], ingress.Spec.Rules.Select(r => r.Host));
        var paths = ingress.Spec.Rules[0].Http.Paths;
        Assert.Equal([("/", "Prefix", "web", 80), ("/api", "Prefix", "web", 80)],
            paths.Select(p => (p.Path, p.PathType, p.Backend.Service.Name, p.Backend.Service.Port.Number ?? 0)));
        var tls = ingress.Spec.Tls.Single();
        Assert.Equal(("shop-tls", "shop.example.com"), (tls.SecretName, tls.Hosts.Single()));
    }

    [Fact]
    public void Network_aliases_are_reported()
    {
        var output = Emit(stack => stack.AddService("db").WithImage("db:1").WithNetwork(stack.AddNetwork("back"), ["database"]));
        Assert.Contains(output.Reported(DiagnosticIds.NotExpressibleInKubernetes), d => d.Message.Contains("database", StringComparison.Ordinal));
    }
}
