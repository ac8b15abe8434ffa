using System.Globalization;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Whole-output checks: strict read-back, kinds, selectors, the OpenAPI schema, determinism, secrecy.</summary>
public sealed class ReadBackTests : IDisposable
{
    private readonly TempProject _project = TestStacks.EverythingProject();

    public void Dispose() => _project.Dispose();

    private KubernetesOutput EmitEverything() => KubernetesOutput.Emit(TestStacks.Everything(), TestStacks.Options(_project));

    [Fact]
    public void Every_file_reads_back_strictly_with_its_kind_and_api_version()
    {
        var output = EmitEverything();
        Assert.DoesNotContain(output.Diagnostics, d => d.Severity == Validation.Severity.Error);
        var objects = output.Objects();
        Assert.True(objects.Count >= 20, $"only {objects.Count} objects");
        foreach (var (file, item) in objects)
        {
            var expected = KubernetesOutput.Kinds[item.Kind];
            Assert.Equal(expected.ApiVersion, item.ApiVersion);
            Assert.Equal(expected.Type, item.GetType());
            Assert.Equal($"kubernetes/{item.Kind.ToLowerInvariant()}-{item.Metadata.Name}.yaml", file.RelativePath);
            if (item.Kind != "Namespace")
            {
                Assert.Equal("shop", item.Metadata.NamespaceProperty);
            }
        }
    }

    [Fact]
    public void Emits_the_expected_set_of_files()
    {
        var paths = EmitEverything().Files.Select(file => file.RelativePath).ToList();
        string[] expected =
        [
            "kubernetes/configmap-app-config.yaml", "kubernetes/configmap-banner.yaml", "kubernetes/configmap-proxy-etc-nginx-conf-d.yaml",
            "kubernetes/cronjob-backup.yaml", "kubernetes/deployment-api.yaml", "kubernetes/deployment-proxy.yaml",
            "kubernetes/deployment-redis.yaml", "kubernetes/deployment-worker.yaml", "kubernetes/ingress-api.yaml", "kubernetes/job-seed.yaml",
            "kubernetes/kustomization.yaml", "kubernetes/namespace-shop.yaml", "kubernetes/networkpolicy-api-published.yaml",
            "kubernetes/networkpolicy-back.yaml", "kubernetes/networkpolicy-front.yaml", "kubernetes/networkpolicy-proxy-published.yaml",
            "kubernetes/networkpolicy-seed-isolated.yaml", "kubernetes/persistentvolumeclaim-cache.yaml", "kubernetes/service-api.yaml",
            "kubernetes/service-db-headless.yaml", "kubernetes/service-db.yaml", "kubernetes/service-proxy.yaml", "kubernetes/service-redis.yaml",
            "kubernetes/statefulset-db.yaml",
        ];
        Assert.Equal(expected, paths);
    }

    [Fact]
    public void Workload_selectors_match_their_pod_template_labels()
    {
        var objects = EmitEverything().Objects().Select(o => o.Object).ToList();
        var checkedWorkloads = 0;
        foreach (var item in objects)
        {
            var (selector, podLabels) = item switch
            {
                V1Deployment d => (d.Spec.Selector.MatchLabels, d.Spec.Template.Metadata.Labels),
                V1StatefulSet s => (s.Spec.Selector.MatchLabels, s.Spec.Template.Metadata.Labels),
                _ => (null, null),
            };
            if (selector is null)
            {
                continue;
            }
            checkedWorkloads++;
            Assert.NotEmpty(selector);
            foreach (var pair in selector)
            {
                Assert.True(podLabels!.TryGetValue(pair.Key, out var value) && value == pair.Value,
                    $"{item.Kind} {item.Metadata.Name}: selector {pair.Key}={pair.Value} not on the pod template");
            }
        }
        Assert.Equal(5, checkedWorkloads);
    }

    [Fact]
    public void Every_service_selects_the_pods_of_some_workload()
    {
        var objects = EmitEverything().Objects().Select(o => o.Object).ToList();
        var podLabelSets = objects.Select(PodLabels).Where(labels => labels is not null).ToList();
        var services = objects.OfType<V1Service>().ToList();
        Assert.Equal(5, services.Count);
        foreach (var service in services)
        {
            Assert.NotEmpty(service.Spec.Selector);
            Assert.True(podLabelSets.Any(labels => service.Spec.Selector.All(pair => labels!.TryGetValue(pair.Key, out var v) && v == pair.Value)),
                $"Service {service.Metadata.Name} selects no workload");
        }
    }

    [Fact]
    public void Every_object_passes_the_strict_Kubernetes_OpenAPI_schema()
    {
        var output = EmitEverything();
        foreach (var (file, item) in output.Objects())
        {
            using var json = JsonDocument.Parse(KubernetesJson.Serialize(item));
            var errors = KubernetesSchema.Instance.Validate(json.RootElement);
            Assert.True(errors.Count == 0, $"{file.RelativePath}:\n{string.Join("\n", errors.Take(10))}");
        }
    }

    [Fact]
    public void Schema_check_rejects_an_unknown_field_and_a_wrong_type()
    {
        // Guards the guard: a schema that accepts everything would make the test above meaningless.
        using var unknown = JsonDocument.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","nmespace":"y"}}""");
        Assert.NotEmpty(KubernetesSchema.Instance.Validate(unknown.RootElement));
        using var wrongType = JsonDocument.Parse("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},"spec":{"replicas":"three","selector":{},"template":{}}}""");
        Assert.NotEmpty(KubernetesSchema.Instance.Validate(wrongType.RootElement));
        using var intOrString = JsonDocument.Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"x"},"spec":{"ports":[{"port":80,"targetPort":"http"},{"port":81,"targetPort":8081}]}}""");
        Assert.Empty(KubernetesSchema.Instance.Validate(intOrString.RootElement));
    }

    [Fact]
    public void Two_runs_are_byte_identical_also_under_tr_TR_culture()
    {
        var first = EmitEverything().Files;
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var second = EmitEverything().Files;
            Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
            foreach (var (a, b) in first.Zip(second))
            {
                Assert.Equal(a.Content, b.Content);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
        Assert.All(first, file => Assert.DoesNotContain("\r", file.Content));
    }

    [Fact]
    public void Secret_values_never_appear_in_any_file()
    {
        Environment.SetEnvironmentVariable("API_KEY", "env-secret-value-123");
        try
        {
            var output = EmitEverything();
            Assert.All(output.Files, file =>
            {
                Assert.DoesNotContain(TestStacks.SecretFileContent, file.Content);
                Assert.DoesNotContain("env-secret-value-123", file.Content);
            });
            Assert.DoesNotContain(output.Objects(), o => o.Object.Kind == "Secret");
        }
        finally
        {
            Environment.SetEnvironmentVariable("API_KEY", null);
        }
    }

    [Fact]
    public void Env_values_that_YAML_would_retype_round_trip_as_strings()
    {
        var output = EmitEverything();
        var env = output.Read<V1Deployment>("kubernetes/deployment-api.yaml").Spec.Template.Spec.Containers[0].Env
            .ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("yes", env["FEATURE"]);
        Assert.Equal("0123", env["ZIP"]);
        Assert.Equal("a: b", env["TEXT"]);
        Assert.Equal("yes", output.Read<V1ConfigMap>("kubernetes/configmap-banner.yaml").Data["banner"]);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("~")]
    [InlineData("0123")]
    [InlineData("1e3")]
    [InlineData("a: b")]
    [InlineData("# x")]
    [InlineData("- x")]
    [InlineData("line one\nline two")]
    [InlineData("  padded  ")]
    [InlineData("ünïcödé ✓")]
    [InlineData("")]
    public void Any_env_value_reads_back_identical(string value)
    {
        var output = KubernetesOutput.Emit("s", stack => stack.AddService("web").WithImage("nginx:1.25").WithEnvironment("VALUE", value));
        var read = output.Read<V1Deployment>("kubernetes/deployment-web.yaml");
        Assert.Equal(value, read.Spec.Template.Spec.Containers[0].Env.Single().Value ?? string.Empty);
    }

    private static IDictionary<string, string>? PodLabels(IKubernetesObject<V1ObjectMeta> item) => item switch
    {
        V1Deployment d => d.Spec.Template.Metadata.Labels,
        V1StatefulSet s => s.Spec.Template.Metadata.Labels,
        V1Job j => j.Spec.Template.Metadata.Labels,
        V1CronJob c => c.Spec.JobTemplate.Spec.Template.Metadata.Labels,
        _ => null,
    };
}
