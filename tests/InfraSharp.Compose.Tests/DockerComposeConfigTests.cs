using InfraSharp.Emit;
using InfraSharp.Testing;
using InfraSharp.Validation;

namespace InfraSharp.Compose.Tests;

/// <summary>
/// Debian's docker-compose 1.29 (<c>apt-get install docker-compose</c>) accepts what the writer emits. It is the
/// oldest reader we support, so a file it validates uses only forms every Compose tool reads.
/// </summary>
public sealed class DockerComposeConfigTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "infrasharp-compose-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Rich_stack_passes_docker_compose_config()
    {
        var output = EmitIntoProject(stack => RichStack.Define(stack, newerComposeFeatures: false));

        Assert.DoesNotContain(output.Diagnostics, d => d.Id == DiagnosticIds.NeedsNewerCompose);
        var (exitCode, text) = RunConfig(output.ComposePath);
        Assert.True(exitCode == 0, "docker-compose config rejected the file:\n" + text + "\n---\n" + File.ReadAllText(output.ComposePath));
    }

    [Fact]
    public void Stack_with_only_defaults_passes_docker_compose_config()
    {
        var output = EmitIntoProject(stack => stack.AddService("web").WithImage("nginx:1.27"));

        var (exitCode, text) = RunConfig(output.ComposePath);
        Assert.True(exitCode == 0, "docker-compose config rejected the file:\n" + text);
    }

    [Fact]
    public void Docker_compose_reads_escaped_dollars_and_reserved_words_back_as_written()
    {
        var output = EmitIntoProject(stack => stack.AddService("web").WithImage("nginx:1.27")
            .WithEnvironment("PRICE", "$5 and $$ and ${HOME}")
            .WithEnvironment("FLAG", "yes")
            .WithEnvironment("OCTAL", "0123")
            .WithEnvironment("MULTI", "a: b\n# c"));

        var (exitCode, text) = RunConfig(output.ComposePath, quiet: false);
        Assert.True(exitCode == 0, text);
        // docker-compose prints the resolved file: the values it read.
        var environment = ComposeTestKit.Parse(text).At("services.web.environment");
        Assert.Equal("$5 and $$ and ${HOME}", ComposeTestKit.Unescape(environment.Scalar("PRICE").Value!));
        Assert.Equal("yes", environment.Scalar("FLAG").Value);
        Assert.Equal("0123", environment.Scalar("OCTAL").Value);
        Assert.Equal("a: b\n# c", environment.Scalar("MULTI").Value);
    }

    private (string ComposePath, IReadOnlyList<StackDiagnostic> Diagnostics) EmitIntoProject(Action<IStackBuilder> define)
    {
        // The layout of a real project: compose.yaml in deploy/<stack>/, paths relative to the project folder.
        foreach (var file in RichStack.ProjectFiles)
        {
            var full = Path.Combine(_project, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.EndsWith(".env", StringComparison.Ordinal) ? "A=1\n" : "x\n");
        }
        var output = ComposeTestKit.Emit(StackBuilder.Build("shop", define), EmitOptions.ForProject(_project));
        Assert.DoesNotContain(output.Diagnostics, d => d.Severity == Severity.Error);
        var folder = Path.Combine(_project, "deploy", "shop");
        foreach (var file in output.Files)
        {
            var full = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.Content);
        }
        return (Path.Combine(folder, ComposeEmitter.FileName), output.Diagnostics);
    }

    private static (int ExitCode, string Output) RunConfig(string composePath, bool quiet = true) =>
        DockerComposeCli.Config(composePath, quiet, new Dictionary<string, string> { ["SHOP_TOKEN"] = "unused" });

    public void Dispose()
    {
        if (Directory.Exists(_project))
        {
            Directory.Delete(_project, recursive: true);
        }
    }
}
