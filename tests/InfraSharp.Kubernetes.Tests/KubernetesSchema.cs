using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSharp.Testing;
using Json.Schema;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>
/// Strict per-kind JSON schemas derived from the vendored Kubernetes OpenAPI (swagger v2) document: every object
/// schema with declared properties is closed (<c>additionalProperties: false</c>) so unknown or misspelt fields
/// fail, <c>#/definitions/</c> refs point into <c>$defs</c>, and int-or-string accepts both types.
/// </summary>
internal sealed class KubernetesSchema
{
    private const string DocumentUri = "https://infrasharp.test/kubernetes-openapi-v1.36";
    private static readonly Lazy<KubernetesSchema> Shared = new(() => new KubernetesSchema(SchemaFile()));
    private readonly Dictionary<(string ApiVersion, string Kind), string> _definitionByKind = new();
    private readonly Dictionary<string, JsonSchema> _schemaByDefinition = new(StringComparer.Ordinal);
    private readonly BuildOptions _buildOptions;
    private readonly object _gate = new();

    private KubernetesSchema(string gzipPath)
    {
        JsonNode swagger;
        using (var stream = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress))
        {
            swagger = JsonNode.Parse(stream)!;
        }
        var definitions = swagger["definitions"]!.AsObject();
        var defs = new JsonObject();
        foreach (var (name, definition) in definitions)
        {
            foreach (var gvk in definition!["x-kubernetes-group-version-kind"]?.AsArray() ?? new JsonArray())
            {
                var group = (string?)gvk!["group"] ?? string.Empty;
                var version = (string)gvk["version"]!;
                var apiVersion = group.Length == 0 ? version : group + "/" + version;
                _definitionByKind.TryAdd((apiVersion, (string)gvk["kind"]!), name);
            }
            defs[name] = Rewrite(definition);
        }
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DocumentUri,
            ["$defs"] = defs,
        };
        _buildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var document = JsonSchema.Build(JsonSerializer.SerializeToElement(root), _buildOptions);
        _buildOptions.SchemaRegistry.Register(new Uri(DocumentUri), document);
    }

    /// <summary>The vendored document.</summary>
    private static string SchemaFile() => Path.Combine(RepositoryPaths.Schemas, "kubernetes-openapi-v1.36.json.gz");

    /// <summary>The schemas of the vendored document (loaded once per test run).</summary>
    public static KubernetesSchema Instance => Shared.Value;

    /// <summary>The definition name of <paramref name="apiVersion"/>/<paramref name="kind"/>, or null when the document has none.</summary>
    public string? DefinitionOf(string apiVersion, string kind) =>
        _definitionByKind.TryGetValue((apiVersion, kind), out var name) ? name : null;

    /// <summary>Validates one object (as JSON); returns the errors, empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement item)
    {
        var apiVersion = item.TryGetProperty("apiVersion", out var a) ? a.GetString() ?? string.Empty : string.Empty;
        var kind = item.TryGetProperty("kind", out var k) ? k.GetString() ?? string.Empty : string.Empty;
        var definition = DefinitionOf(apiVersion, kind);
        if (definition is null)
        {
            return [$"no schema for apiVersion '{apiVersion}' kind '{kind}'"];
        }
        JsonSchema schema;
        lock (_gate)
        {
            if (!_schemaByDefinition.TryGetValue(definition, out schema!))
            {
                var reference = new JsonObject { ["$ref"] = DocumentUri + "#/$defs/" + definition };
                schema = JsonSchema.Build(JsonSerializer.SerializeToElement(reference), _buildOptions);
                _schemaByDefinition[definition] = schema;
            }
        }
        var results = schema.Evaluate(item, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var errors = new List<string>();
        Collect(results, errors);
        return errors.Count == 0 ? ["invalid (no detail)"] : errors;
    }

    private static void Collect(EvaluationResults results, List<string> errors)
    {
        foreach (var error in results.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{results.InstanceLocation}: {error.Key}: {error.Value}");
        }
        foreach (var detail in results.Details ?? new List<EvaluationResults>())
        {
            Collect(detail, errors);
        }
    }

    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject source:
                var target = new JsonObject();
                foreach (var (key, value) in source)
                {
                    if (key.StartsWith("x-", StringComparison.Ordinal) || key == "description")
                    {
                        continue;
                    }
                    if (key == "$ref" && value is JsonValue reference)
                    {
                        target[key] = ((string)reference!).Replace("#/definitions/", "#/$defs/", StringComparison.Ordinal);
                        continue;
                    }
                    // Keys inside "properties" are field names, not keywords: copy them all.
                    target[key] = key == "properties" && value is JsonObject properties
                        ? new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Rewrite(p.Value))))
                        : Rewrite(value);
                }
                if ((string?)source["format"] == "int-or-string")
                {
                    target["type"] = new JsonArray("integer", "string");
                }
                if (source["properties"] is JsonObject && source["additionalProperties"] is null)
                {
                    target["additionalProperties"] = false;
                }
                return target;
            case JsonArray array:
                return new JsonArray(array.Select(Rewrite).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
