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
        var files = new List<EmittedFile>();
        Emit(stack, context, files.Add);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>
    /// Produces the same files as <see cref="Emit(StackDefinition, EmitContext)"/>, handing each one to
    /// <paramref name="sink"/> as soon as it is written (in creation order, <c>kustomization.yaml</c> last), so that
    /// thousands of services never sit in memory at once. Without a stack-level <c>ConfigureKubernetes</c> callback
    /// (which must see every object) the objects of each service are created, written and dropped in turn.
    /// </summary>
    public static void Emit(StackDefinition stack, EmitContext context, Action<EmittedFile> sink)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var build = new KubernetesBuild(stack, context);
        var resourceFiles = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal) { "kustomization" };
        void WriteObjects()
        {
            for (var index = 0; index < build.Objects.Count; index++)
            {
                var item = build.Objects[index];
                // Released as soon as written: when a stack-level callback keeps every object until the end, the
                // objects and their text would otherwise all be alive at once.
                build.Objects[index] = null!;
                if (item is null)
                {
                    continue;
                }
                // Names are made unique in creation order, the same order whether objects are streamed or not.
                var fileName = KubernetesNames.Unique(FileStem(item), taken) + ".yaml";
                resourceFiles.Add(fileName);
                sink(new EmittedFile(Folder + "/" + fileName, ToYaml(item)));
            }
            build.Objects.Clear();
        }

        var streamed = stack.KubernetesCustomizations.Count == 0;
        CreateObjects(build, streamed ? WriteObjects : null);
        WriteObjects();
        var kustomization = KustomizationWriter.Create(stack, resourceFiles, context.Options.ProjectDirectoryFromOutput);
        sink(new EmittedFile(Folder + "/kustomization.yaml", ToYaml(kustomization)));
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
        CreateObjects(build, flush: null);
        return build.Objects;
    }

    /// <summary>
    /// Fills <see cref="KubernetesBuild.Objects"/>; <paramref name="flush"/>, when given, is called after the
    /// stack-wide objects and after each service, and may take (and clear) what was created so far.
    /// </summary>
    private static void CreateObjects(KubernetesBuild build, Action? flush)
    {
        var stack = build.Stack;
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
        flush?.Invoke();
        var workloads = new WorkloadFactory(build, new PodSpecFactory(build, volumes, configMaps));
        var services = new ServiceFactory(build);
        var ingresses = new IngressFactory(build);
        foreach (var service in stack.Services)
        {
            workloads.Create(service);
            services.Create(service);
            ingresses.Create(service);
            flush?.Invoke();
        }
        new NetworkPolicyFactory(build).EmitAll();
        build.Customize(stack.KubernetesCustomizations, build.Objects, "kubernetes", stack.Location);
    }

    /// <summary>
    /// One document as YAML: what serializing it with KubernetesClient's JSON options and writing that tree with the
    /// shared YAML writer gives. The kinds InfraSharp creates and the kustomization take the generated writer
    /// (<see cref="KubernetesYamlWriter"/>); anything it does not cover (other kinds from customizations, raw object
    /// values, multi-line keys...) the serializer.
    /// </summary>
    internal static string ToYaml(object item)
    {
        if (!YamlJsonWriter.UseEmitterOnly && KubernetesYamlWriter.TryWrite(item) is { } yaml)
        {
            return yaml;
        }
        return ToYamlThroughSerializer(item);
    }

    /// <summary>The straightforward path: KubernetesJson.Serialize's options and metadata, straight into a document, then the YAML writer.</summary>
    internal static string ToYamlThroughSerializer(object item)
    {
        using var document = JsonSerializer.SerializeToDocument(item, SerializerOptions.Instance.GetTypeInfo(item.GetType()));
        return YamlJsonWriter.ToYaml(document.RootElement);
    }

    /// <summary>
    /// The options <c>KubernetesJson.Serialize</c> uses (the same instance, so the same converters and caches), in a
    /// holder of its own so that a process that never needs them never builds them.
    /// </summary>
    private static class SerializerOptions
    {
        public static readonly JsonSerializerOptions Instance = Capture();

        private static JsonSerializerOptions Capture()
        {
            JsonSerializerOptions? options = null;
            KubernetesJson.AddJsonOptions(o => options = o);
            return options!;
        }
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
