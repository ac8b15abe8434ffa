using InfraSharp.Emit;

namespace InfraSharp.Compose.Tests;

/// <summary>The Compose writer behind the public entry point: validation first, then the files.</summary>
public sealed class StackEmitterIntegrationTests
{
    [Fact]
    public void StackEmitter_produces_compose_yaml_and_inline_config_files_in_path_order()
    {
        var stack = StackBuilder.Build("shop", s => RichStack.Define(s, newerComposeFeatures: false));

        var result = StackEmitter.Emit(stack, EmitOptions.ForProject("/tmp/project") with { Targets = EmitTargets.Compose });

        Assert.Equal(["compose.yaml", "configs/nginx-conf"], result.Files.Select(f => f.RelativePath));
        Assert.Contains(result.Diagnostics, d => d.Id == Validation.DiagnosticIds.NotExpressibleInCompose);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Validation.Severity.Error);
    }

    [Fact]
    public void Null_names_from_user_code_do_not_crash_the_writer()
    {
        var output = ComposeTestKit.Emit(s => s.AddService("web").WithImage("web:1").WithEnvironment(null!, "x").WithCommand(null!, "y"));

        Assert.Equal("x", output.Root.At("services.web.environment").Child("").ToString());
        Assert.Equal("y", output.Root.Texts("services.web.command")[1]);
    }
}
