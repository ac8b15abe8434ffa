using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSharp.Model;

namespace InfraSharp.Kubernetes;

/// <summary>
/// Writes <c>kustomization.yaml</c>: the resource list, the namespace, and a secretGenerator for file-based secrets
/// (kustomize reads the files at deploy time, so no secret value is ever written by InfraSharp).
/// </summary>
internal static class KustomizationWriter
{
    /// <summary>The kustomization document as a JSON tree, ready for the YAML writer.</summary>
    public static JsonElement Create(StackDefinition stack, IEnumerable<string> resourceFiles, string? projectDirectoryFromOutput)
    {
        var root = new JsonObject
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
        };
        if (!string.IsNullOrWhiteSpace(stack.Namespace))
        {
            root["namespace"] = stack.Namespace;
        }
        root["resources"] = new JsonArray(resourceFiles.OrderBy(file => file, StringComparer.Ordinal).Select(file => (JsonNode?)JsonValue.Create(file)).ToArray());
        var fileSecrets = stack.Secrets.Where(secret => !secret.External && secret.File is not null).ToList();
        if (fileSecrets.Count > 0)
        {
            root["secretGenerator"] = new JsonArray(fileSecrets
                .OrderBy(secret => secret.Name, StringComparer.Ordinal)
                .Select(secret => (JsonNode?)new JsonObject
                {
                    ["name"] = secret.Name,
                    ["files"] = new JsonArray(JsonValue.Create(secret.Name + "=" + SecretPath(secret.File!, projectDirectoryFromOutput))),
                })
                .ToArray());
            // Pods reference the secrets by their plain names; a hash suffix would break those references.
            root["generatorOptions"] = new JsonObject { ["disableNameSuffixHash"] = true };
        }
        return JsonSerializer.SerializeToElement(root);
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
