using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Kubernetes;

/// <summary>Writes a stack as Kubernetes manifests. (Stub: being implemented.)</summary>
public static class KubernetesEmitter
{
    /// <summary>Produces <c>kubernetes/*.yaml</c> and <c>kubernetes/kustomization.yaml</c>.</summary>
    public static IReadOnlyList<EmittedFile> Emit(StackDefinition stack, EmitContext context) => throw new NotImplementedException();
}
