using InfraSharp.Emit;
using InfraSharp.Model;
using k8s;
using k8s.Models;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>
/// A stack emitted for Kubernetes whose Deployments, PersistentVolumeClaims and ConfigMaps are played with
/// <c>podman kube play</c> exactly as emitted (Services, NetworkPolicies and Ingress are not implemented by podman).
/// Disposing runs <c>kube down</c> and removes the claim and ConfigMap volumes.
/// </summary>
public sealed class KubePlay : IAsyncDisposable
{
    private static readonly TimeSpan PlayTimeout = TimeSpan.FromSeconds(120);
    private readonly EngineFixture _engine;

    private KubePlay(EngineFixture engine, string directory, IReadOnlyList<(string Text, object Object)> documents)
    {
        _engine = engine;
        Directory = directory;
        Deployments = documents.Select(d => d.Object).OfType<V1Deployment>().ToList();
        Claims = documents.Select(d => d.Object).OfType<V1PersistentVolumeClaim>().ToList();
        ConfigMaps = documents.Select(d => d.Object).OfType<V1ConfigMap>().ToList();
        PlayFile = Path.Combine(directory, "play.yaml");
        ReplayFile = Path.Combine(directory, "replay.yaml");
        // Claims first so their volumes exist when the pods start, then ConfigMaps, then the workloads.
        File.WriteAllText(PlayFile, Join(documents.Where(d => d.Object is V1PersistentVolumeClaim)
            .Concat(documents.Where(d => d.Object is V1ConfigMap)).Concat(documents.Where(d => d.Object is V1Deployment))));
        // podman 4.3 refuses to play a claim whose volume exists ("volume already exists"): a replay leaves the
        // claims out and the pods mount the volumes the first play created.
        File.WriteAllText(ReplayFile, Join(documents.Where(d => d.Object is V1ConfigMap or V1Deployment)));
    }

    /// <summary>The folder holding the emitted files.</summary>
    public string Directory { get; }

    /// <summary>Emitted Deployments, as read back with KubernetesClient.</summary>
    public IReadOnlyList<V1Deployment> Deployments { get; }

    /// <summary>Emitted PersistentVolumeClaims.</summary>
    public IReadOnlyList<V1PersistentVolumeClaim> Claims { get; }

    /// <summary>Emitted ConfigMaps.</summary>
    public IReadOnlyList<V1ConfigMap> ConfigMaps { get; }

    /// <summary>Claims + ConfigMaps + Deployments in one multi-document file.</summary>
    public string PlayFile { get; }

    /// <summary>ConfigMaps + Deployments (the claims already exist as volumes).</summary>
    public string ReplayFile { get; }

    /// <summary>Emits <paramref name="stack"/> for Kubernetes and prepares the files to play.</summary>
    public static KubePlay Create(EngineFixture engine, StackDefinition stack)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var directory = Path.Combine(engine.WorkDirectory, EngineFixture.UniqueName("kube"));
        System.IO.Directory.CreateDirectory(directory);
        var emitted = StackEmitter.Emit(stack, new EmitOptions { Targets = EmitTargets.Kubernetes, ProjectDirectory = directory });
        EmittedFiles.WriteAll(emitted, directory);
        var documents = emitted.Files
            .Where(f => !f.RelativePath.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .SelectMany(f => KubernetesYaml.LoadAllFromString(f.Content).Select(o => (f.Content, o)))
            .ToList();
        return new KubePlay(engine, directory, documents);
    }

    /// <summary>Runs <c>podman kube play</c> on <paramref name="file"/>; fails with podman's output and the file.</summary>
    public async Task PlayAsync(string file)
    {
        var play = await _engine.Podman(PlayTimeout, "kube", "play", file);
        Assert.True(play.Succeeded, play.Describe("podman kube play") + "\nplayed:\n" + File.ReadAllText(file));
    }

    /// <summary>Runs <c>podman kube down</c> on <paramref name="file"/>.</summary>
    public async Task DownAsync(string file) =>
        (await _engine.Podman(PlayTimeout, "kube", "down", file)).EnsureSuccess("podman kube down");

    /// <summary>Names of the pods podman made for a Deployment (one per replica: name-pod-0, name-pod-1, ...).</summary>
    public async Task<string[]> PodsOfAsync(V1Deployment deployment)
    {
        var pods = await _engine.Podman("pod", "ps", "--format", "{{.Name}}");
        pods.EnsureSuccess("podman pod ps");
        return pods.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith(deployment.Metadata.Name + "-pod-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Runs a command in a pod's container once it is running (bounded wait).</summary>
    public async Task<ProcessResult> ExecAsync(string pod, string container, params string[] command)
    {
        var name = pod + "-" + container;
        await Wait.UntilAsync(async () =>
            (await _engine.Podman("inspect", "--format", "{{.State.Status}}", name)).Output.Trim() == "running",
            TimeSpan.FromSeconds(60), $"container {name} running");
        return await _engine.Podman(["exec", name, .. command]);
    }

    private static string Join(IEnumerable<(string Text, object Object)> documents) =>
        string.Join("---\n", documents.Select(d => d.Text.EndsWith('\n') ? d.Text : d.Text + "\n"));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _engine.Podman(PlayTimeout, "kube", "down", PlayFile);
            // Claims become named volumes that outlive kube down (that is the point); ConfigMap volumes too.
            foreach (var name in Claims.Select(c => c.Metadata.Name).Concat(ConfigMaps.Select(c => c.Metadata.Name)))
            {
                await _engine.Podman("volume", "rm", "-f", name);
            }
        }
        catch (TimeoutException)
        {
        }
        EmittedFiles.TryDelete(Directory);
    }
}
