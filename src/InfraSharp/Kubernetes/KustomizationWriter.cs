using System.Text.Json.Serialization;
using InfraSharp.Model;

namespace InfraSharp.Kubernetes;

/// <summary>
/// Writes <c>kustomization.yaml</c>: the resource list, the namespace, and a secretGenerator for file-based secrets
/// (kustomize reads the files at deploy time, so no secret value is ever written by InfraSharp).
/// </summary>
internal static class KustomizationWriter
{
    /// <summary>The kustomization document, written like the manifests (<see cref="KubernetesEmitter.ToYaml"/>).</summary>
    public static KustomizationDocument Create(StackDefinition stack, IEnumerable<string> resourceFiles, string? projectDirectoryFromOutput)
    {
        var fileSecrets = stack.Secrets
            .Where(secret => !secret.External && secret.File is not null)
            .OrderBy(secret => secret.Name, StringComparer.Ordinal)
            .Select(secret => new KustomizationSecret(secret.Name, [secret.Name + "=" + SecretPath(secret.File!, projectDirectoryFromOutput)]))
            .ToList();
        return new KustomizationDocument
        {
            Namespace = string.IsNullOrWhiteSpace(stack.Namespace) ? null : stack.Namespace,
            Resources = resourceFiles.OrderBy(file => file, StringComparer.Ordinal).ToList(),
            SecretGenerator = fileSecrets.Count > 0 ? fileSecrets : null,
            // Pods reference the secrets by their plain names; a hash suffix would break those references.
            GeneratorOptions = fileSecrets.Count > 0 ? new KustomizationGeneratorOptions(DisableNameSuffixHash: true) : null,
        };
    }

    /// <summary>The secret file as seen from the <c>kubernetes/</c> folder.</summary>
    internal static string SecretPath(string file, string? projectDirectoryFromOutput)
    {
        var normalized = file.Replace('\\', '/');
        if (Path.IsPathRooted(file) || string.IsNullOrEmpty(projectDirectoryFromOutput))
        {
            return normalized;
        }
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }
        return "../" + projectDirectoryFromOutput.Replace('\\', '/').TrimEnd('/') + "/" + normalized;
    }
}

/// <summary>kustomize's <c>Kustomization</c> (the fields InfraSharp writes, in this order).</summary>
internal sealed class KustomizationDocument
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion => "kustomize.config.k8s.io/v1beta1";

    [JsonPropertyName("kind")]
    public string Kind => "Kustomization";

    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    [JsonPropertyName("resources")]
    public List<string> Resources { get; init; } = [];

    [JsonPropertyName("secretGenerator")]
    public List<KustomizationSecret>? SecretGenerator { get; init; }

    [JsonPropertyName("generatorOptions")]
    public KustomizationGeneratorOptions? GeneratorOptions { get; init; }
}

/// <summary>One <c>secretGenerator</c> entry: a secret made from files at deploy time.</summary>
internal sealed record KustomizationSecret(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("files")] List<string> Files);

/// <summary><c>generatorOptions</c>.</summary>
internal sealed record KustomizationGeneratorOptions(
    [property: JsonPropertyName("disableNameSuffixHash")] bool DisableNameSuffixHash);
