using InfraSharp.Emit;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Escape hatches, the namespace, and the kustomization layout.</summary>
public sealed class CustomizationAndLayoutTests
{
    [Fact]
    public void Every_customization_runs_on_its_object_and_the_stack_customization_runs_last()
    {
        var output = KubernetesOutput.Emit("s", stack =>
        {
            var back = stack.AddNetwork("back").ConfigurePolicy(policy => policy.Metadata.Labels["policy"] = "custom");
            var data = stack.AddVolume("data").WithSize("1Gi").ConfigureClaim(claim => claim.Spec.StorageClassName = "gold");
            stack.AddService("web").WithImage("w:1").WithPort(80).WithNetwork(back).WithVolume(data, "/data")
                .ConfigurePodSpec(pod => pod.ServiceAccountName = "web-sa")
                .ConfigureWorkload(workload => workload.Metadata.Annotations = new Dictionary<string, string> { ["owner"] = "me" })
                .ConfigureKubernetesService(service => service.Spec.SessionAffinity = "ClientIP");
            stack.ConfigureKubernetes(objects =>
            {
                Assert.Contains(objects, o => o is V1Service);
                objects.Add(new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "web-sa" } });
            });
        });
        Assert.Equal("custom", output.Read<V1NetworkPolicy>("kubernetes/networkpolicy-back.yaml").Metadata.Labels["policy"]);
        Assert.Equal("gold", output.Read<V1PersistentVolumeClaim>("kubernetes/persistentvolumeclaim-data.yaml").Spec.StorageClassName);
        var deployment = output.Read<V1Deployment>("kubernetes/deployment-web.yaml");
        Assert.Equal("web-sa", deployment.Spec.Template.Spec.ServiceAccountName);
        Assert.Equal("me", deployment.Metadata.Annotations["owner"]);
        Assert.Equal("ClientIP", output.Read<V1Service>("kubernetes/service-web.yaml").Spec.SessionAffinity);
        Assert.Equal("web-sa", output.Read<V1ServiceAccount>("kubernetes/serviceaccount-web-sa.yaml").Metadata.Name);
        Assert.Contains("  - serviceaccount-web-sa.yaml\n", output.Text("kubernetes/kustomization.yaml"));
    }

    [Fact]
    public void Throwing_customization_reports_ISH5001_instead_of_crashing()
    {
        var output = KubernetesOutput.Emit("s", stack => stack.AddService("web").WithImage("w:1")
            .ConfigurePodSpec(_ => throw new InvalidOperationException("boom")));
        var diagnostic = Assert.Single(output.Reported(DiagnosticIds.StackFailed));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("boom", diagnostic.Message);
    }

    [Fact]
    public void Customization_that_breaks_names_still_yields_unique_file_names()
    {
        var output = KubernetesOutput.Emit("s", stack =>
        {
            stack.AddService("a").WithImage("a:1").ConfigureWorkload(w => w.Metadata.Name = "same");
            stack.AddService("b").WithImage("b:1").ConfigureWorkload(w => w.Metadata.Name = "same");
        });
        Assert.True(output.Has("kubernetes/deployment-same.yaml"));
        Assert.True(output.Has("kubernetes/deployment-same-2.yaml"));
    }

    [Fact]
    public void Namespace_is_an_object_set_on_every_namespaced_object_and_in_the_kustomization()
    {
        var output = KubernetesOutput.Emit("s", stack =>
        {
            stack.WithNamespace("shop");
            stack.AddService("web").WithImage("w:1").WithPort(80);
        });
        Assert.Equal("shop", output.Read<V1Namespace>("kubernetes/namespace-shop.yaml").Metadata.Name);
        Assert.Equal("shop", output.Read<V1Deployment>("kubernetes/deployment-web.yaml").Metadata.NamespaceProperty);
        Assert.Equal("shop", output.Read<V1Service>("kubernetes/service-web.yaml").Metadata.NamespaceProperty);
        Assert.Equal(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: shop\nresources:\n" +
            "  - deployment-web.yaml\n  - namespace-shop.yaml\n  - service-web.yaml\n",
            output.Text("kubernetes/kustomization.yaml"));
    }

    [Fact]
    public void Without_a_namespace_no_Namespace_object_and_no_namespace_field()
    {
        var output = KubernetesOutput.Emit("s", stack => stack.AddService("web").WithImage("w:1"));
        Assert.DoesNotContain("namespace", string.Concat(output.Files.Select(f => f.Content)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secrets/a.txt", "../..", "../../../secrets/a.txt")]
    [InlineData("./secrets/a.txt", "../..", "../../../secrets/a.txt")]
    [InlineData("secrets\\a.txt", "..\\..", "../../../secrets/a.txt")]
    [InlineData("secrets/a.txt", null, "secrets/a.txt")]
    [InlineData("/etc/app/a.txt", "../..", "/etc/app/a.txt")]
    public void Secret_file_paths_are_relative_to_the_kubernetes_folder(string file, string? fromOutput, string expected) =>
        Assert.Equal(expected, KustomizationWriter.SecretPath(file, fromOutput));

    [Fact]
    public void StackEmitter_produces_the_Kubernetes_files_for_a_valid_stack()
    {
        var stack = StackBuilder.Build("demo", s => s.AddService("web").WithImage("nginx:1.25").WithPort(80)
            .WithResources(cpuRequest: "100m", memoryLimit: "128Mi").WithHealthCheck(Probe.Http("/", 80)));
        var result = StackEmitter.Emit(stack, new EmitOptions { Targets = EmitTargets.Kubernetes });
        Assert.Equal(["kubernetes/deployment-web.yaml", "kubernetes/kustomization.yaml", "kubernetes/service-web.yaml"],
            result.Files.Select(f => f.RelativePath));
    }
}
