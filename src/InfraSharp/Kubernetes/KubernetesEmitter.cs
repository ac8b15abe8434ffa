using System.Text.Json;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Yaml;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>
/// Writes a stack as Kubernetes manifests: one file per object (<c>kubernetes/&lt;kind&gt;-&lt;name&gt;.yaml</c>) plus
/// <c>kubernetes/kustomization.yaml</c>. What Kubernetes cannot express is reported through the context (ISH4004),
/// never dropped silently.
/// </summary>
public static class KubernetesEmitter
{
    /// <summary>The folder of the manifests under the stack's output folder.</summary>
    public const string Folder = "kubernetes";

    /// <summary>Produces <c>kubernetes/*.yaml</c> and <c>kubernetes/kustomization.yaml</c>, ordered by path.</summary>
    public static IReadOnlyList<EmittedFile> Emit(StackDefinition stack, EmitContext context)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        var objects = CreateObjects(stack, context);
        var files = new List<EmittedFile>();
        var taken = new HashSet<string>(StringComparer.Ordinal) { "kustomization" };
        for (var index = 0; index < objects.Count; index++)
        {
            var item = objects[index];
            // Released as soon as written: with thousands of services the objects and their text would otherwise
            // both be alive at the end, doubling the peak memory.
            objects[index] = null!;
            if (item is null)
            {
                continue;
            }
            var fileName = KubernetesNames.Unique(FileStem(item), taken) + ".yaml";
            files.Add(new EmittedFile(Folder + "/" + fileName, ToYaml(item)));
        }
        var kustomization = KustomizationWriter.Create(stack, files.Select(file => file.RelativePath[(Folder.Length + 1)..]),
            context.Options.ProjectDirectoryFromOutput);
        files.Add(new EmittedFile(Folder + "/kustomization.yaml", YamlJsonWriter.ToYaml(kustomization)));
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>
    /// Creates the typed objects of <paramref name="stack"/> (every one with apiVersion and kind), after all user
    /// customizations. Missing source files and failing customizations are reported to <paramref name="context"/>.
    /// </summary>
    public static IList<IKubernetesObject> CreateObjects(StackDefinition stack, EmitContext context)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        var build = new KubernetesBuild(stack, context);
        if (build.Namespace is not null)
        {
            build.Objects.Add(new V1Namespace
            {
                ApiVersion = "v1",
                Kind = "Namespace",
                Metadata = new V1ObjectMeta { Name = build.Namespace, Labels = KubernetesLabels.ForStack(stack) },
            });
        }
        var configMaps = new ConfigMapFactory(build);
        var volumes = new VolumeFactory(build);
        configMaps.EmitStackConfigs();
        volumes.EmitNamedVolumes();
        ReportSecrets(build);
        var workloads = new WorkloadFactory(build, new PodSpecFactory(build, volumes, configMaps));
        var services = new ServiceFactory(build);
        var ingresses = new IngressFactory(build);
        foreach (var service in stack.Services)
        {
            workloads.Create(service);
            services.Create(service);
            ingresses.Create(service);
        }
        new NetworkPolicyFactory(build).EmitAll();
        build.Customize(stack.KubernetesCustomizations, build.Objects, "kubernetes", stack.Location);
        return build.Objects;
    }

    /// <summary>Serializes one object with KubernetesClient's JSON names and writes it with the shared YAML writer.</summary>
    internal static string ToYaml(IKubernetesObject item)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(item));
        return YamlJsonWriter.ToYaml(document.RootElement);
    }

    /// <summary><c>&lt;kind-lowercase&gt;-&lt;name&gt;</c>, safe as a file name even after a customization broke the object.</summary>
    private static string FileStem(IKubernetesObject item)
    {
        var kind = string.IsNullOrWhiteSpace(item.Kind) ? item.GetType().Name : item.Kind;
        var name = (item as IMetadata<V1ObjectMeta>)?.Metadata?.Name;
        return KubernetesNames.ToDnsLabel(kind, "object") + "-" + KubernetesNames.ToDnsLabel(name, "unnamed");
    }

    private static void ReportSecrets(KubernetesBuild build)
    {
        foreach (var secret in build.Stack.Secrets)
        {
            var path = "secrets." + secret.Name;
            var namespaceOption = build.Namespace is null ? string.Empty : " -n " + build.Namespace;
            if (secret.External)
            {
                build.NotExpressible(path, $"the external secret '{secret.Name}' is only referenced; it must exist in the cluster with the key '{secret.Name}'.",
                    $"Create it before deploying: kubectl create secret generic {secret.Name}{namespaceOption} --from-file={secret.Name}=<file>.", secret.Location);
            }
            else if (secret.File is null)
            {
                var variable = secret.EnvironmentVariable ?? secret.Name.ToUpperInvariant();
                build.NotExpressible(path, $"the secret '{secret.Name}' comes from the environment variable {variable}, which Kubernetes cannot read at deploy time; it is only referenced.",
                    $"Create it before deploying: kubectl create secret generic {secret.Name}{namespaceOption} --from-literal={secret.Name}=\"${variable}\".", secret.Location);
            }
        }
    }
}
