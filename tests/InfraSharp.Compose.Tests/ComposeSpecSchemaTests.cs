using System.Text.Json;
using InfraSharp.Emit;
using Json.Schema;

namespace InfraSharp.Compose.Tests;

/// <summary>The output conforms to the Compose specification's JSON schema (tests/schemas/compose-spec.json).</summary>
public sealed class ComposeSpecSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "compose-spec.json"));
        // The file names draft-07 by its https URI, which JsonSchema.Net registers under the canonical http one.
        var canonical = text.Replace("\"https://json-schema.org/draft-07/schema\"", "\"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal);
        Assert.NotEqual(text, canonical);
        return JsonSchema.FromText(canonical);
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rich_stack_conforms_to_the_compose_specification(bool newerComposeFeatures)
    {
        var output = ComposeTestKit.Emit(stack => RichStack.Define(stack, newerComposeFeatures), EmitOptions.ForProject("/tmp/project"));

        AssertConforms(output.Root);
    }

    [Fact]
    public void Schema_check_rejects_an_unknown_service_key()
    {
        // Guards the check itself: a broken conversion or schema load must not pass everything.
        var output = ComposeTestKit.Emit(stack => stack.AddService("web").WithImage("nginx:1.27")
            .ConfigureCompose(s => s.Extensions = new() { ["not_a_compose_key"] = "x" }));

        Assert.False(Evaluate(output.Root).IsValid);
    }

    internal static void AssertConforms(YamlDotNet.RepresentationModel.YamlNode root)
    {
        var results = Evaluate(root);
        var errors = results.Details?.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")) ?? [];
        Assert.True(results.IsValid, "Compose schema errors:\n" + string.Join("\n", errors));
    }

    private static EvaluationResults Evaluate(YamlDotNet.RepresentationModel.YamlNode root)
    {
        var json = JsonSerializer.SerializeToElement(ComposeTestKit.ToJson(root));
        return Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
