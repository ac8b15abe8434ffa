using System.Text.RegularExpressions;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Runs the Kubernetes writer and reads its files back strictly.</summary>
internal sealed partial class KubernetesOutput
{
    /// <summary>The typed model of each kind the writer may produce.</summary>
    public static readonly IReadOnlyDictionary<string, (string ApiVersion, Type Type)> Kinds = new Dictionary<string, (string, Type)>
    {
        ["Namespace"] = ("v1", typeof(V1Namespace)),
        ["ConfigMap"] = ("v1", typeof(V1ConfigMap)),
        ["PersistentVolumeClaim"] = ("v1", typeof(V1PersistentVolumeClaim)),
        ["Service"] = ("v1", typeof(V1Service)),
        ["Deployment"] = ("apps/v1", typeof(V1Deployment)),
        ["StatefulSet"] = ("apps/v1", typeof(V1StatefulSet)),
        ["Job"] = ("batch/v1", typeof(V1Job)),
        ["CronJob"] = ("batch/v1", typeof(V1CronJob)),
        ["NetworkPolicy"] = ("networking.k8s.io/v1", typeof(V1NetworkPolicy)),
        ["Ingress"] = ("networking.k8s.io/v1", typeof(V1Ingress)),
    };

    private KubernetesOutput(IReadOnlyList<EmittedFile> files, EmitContext context)
    {
        Files = files;
        Context = context;
    }

    public IReadOnlyList<EmittedFile> Files { get; }

    public EmitContext Context { get; }

    public IReadOnlyList<StackDiagnostic> Diagnostics => Context.Diagnostics;

    [GeneratedRegex("^kind: (.+)$", RegexOptions.Multiline)]
    private static partial Regex KindLine();

    public static KubernetesOutput Emit(StackDefinition stack, EmitOptions? options = null)
    {
        var context = new EmitContext(stack, options);
        return new KubernetesOutput(KubernetesEmitter.Emit(stack, context), context);
    }

    public static KubernetesOutput Emit(string name, Action<IStackBuilder> define, EmitOptions? options = null) =>
        Emit(StackBuilder.Build(name, define), options);

    public bool Has(string path) => Files.Any(file => file.RelativePath == path);

    public string Text(string path) =>
        Files.SingleOrDefault(file => file.RelativePath == path)?.Content
        ?? throw new Xunit.Sdk.XunitException($"no file {path}; files: {string.Join(", ", Files.Select(f => f.RelativePath))}");

    /// <summary>Reads a file strictly (unknown fields fail) as <typeparamref name="T"/>.</summary>
    public T Read<T>(string path) => KubernetesYaml.Deserialize<T>(Text(path), strict: true);

    /// <summary>Every manifest except kustomization.yaml, read strictly with the type of its kind.</summary>
    public IReadOnlyList<(EmittedFile File, IKubernetesObject<V1ObjectMeta> Object)> Objects() =>
        Files.Where(file => !file.RelativePath.EndsWith("/kustomization.yaml", StringComparison.Ordinal))
            .Select(file => (file, ReadStrict(file.Content)))
            .ToList();

    public static IKubernetesObject<V1ObjectMeta> ReadStrict(string yaml)
    {
        var kind = KindLine().Match(yaml).Groups[1].Value.Trim();
        Assert.True(Kinds.ContainsKey(kind), $"unexpected kind '{kind}'");
        var method = typeof(KubernetesYaml).GetMethods()
            .Single(m => m.Name == nameof(KubernetesYaml.Deserialize) && m.GetParameters()[0].ParameterType == typeof(string))
            .MakeGenericMethod(Kinds[kind].Type);
        try
        {
            return (IKubernetesObject<V1ObjectMeta>)method.Invoke(null, [yaml, true])!;
        }
        catch (System.Reflection.TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException($"strict read of {kind} failed: {exception.InnerException.Message}\n{yaml}");
        }
    }

    public IReadOnlyList<StackDiagnostic> Reported(string id) => Diagnostics.Where(d => d.Id == id).ToList();
}
