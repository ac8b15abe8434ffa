using InfraSharp.Compose;
using InfraSharp.Emit;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The Compose document is serialized with generated metadata (start-up speed); values users put into the extension
/// dictionaries are of types the generator never saw and must still be written (through the reflection fallback).
/// </summary>
public class ComposeSerializerMetadataTests
{
    private sealed record Retry(int Attempts, string Backoff);

    [Fact]
    public void Extension_values_of_types_unknown_to_the_generated_metadata_are_written()
    {
        var stack = StackBuilder.Build("ext", s =>
        {
            s.AddService("web").WithImage("nginx:1.27")
                .ConfigureCompose(service => service.Extensions = new() { ["x-retry"] = new Retry(3, "exponential") });
            s.ConfigureCompose(file => file.Extensions = new()
            {
                ["x-owner"] = new { team = "platform", oncall = new[] { "ann", "bob" } },
                ["x-limits"] = new Dictionary<string, object?> { ["max"] = 5, ["ratio"] = 0.5, ["unset"] = null },
            });
        });

        var compose = StackEmitter.Emit(stack).Files.Single(f => f.RelativePath == ComposeEmitter.FileName).Content;

        Assert.Contains("x-retry:\n      Attempts: 3\n      Backoff: exponential\n", compose, StringComparison.Ordinal);
        Assert.Contains("x-owner:\n  team: platform\n  oncall:\n    - ann\n    - bob\n", compose, StringComparison.Ordinal);
        Assert.Contains("x-limits:\n  max: 5\n  ratio: 0.5\n  unset: null\n", compose, StringComparison.Ordinal);
    }
}
