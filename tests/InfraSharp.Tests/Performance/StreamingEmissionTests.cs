using InfraSharp.Emit;
using InfraSharp.Testing;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// Memory savings must not change a byte: Kubernetes objects written service by service (no stack-level
/// <c>ConfigureKubernetes</c>) give the files of the all-objects-at-once path, a Compose callback that changes nothing
/// leaves files and diagnostics (and their order) as they were, and streamed files are the files of the result.
/// </summary>
public class StreamingEmissionTests
{
    [Fact]
    public void Objects_written_service_by_service_give_the_files_of_the_all_at_once_path()
    {
        var stack = VariedStack.Build(80);
        var streamed = StackEmitter.Emit(stack);

        // A stack-level callback must see every object, so it forces the all-at-once path.
        stack.KubernetesCustomizations.Add(_ => { });
        var allAtOnce = StackEmitter.Emit(stack);

        AssertSame(allAtOnce, streamed);
    }

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Samples_give_the_same_files_and_diagnostics_with_a_callback_that_changes_nothing(string name)
    {
        var options = EmitOptions.ForProject(SampleStacks.ProjectDirectory(name));
        var stack = SampleStacks.Build(name);
        var plain = StackEmitter.Emit(stack, options);

        // The callback sees the whole Compose document and the document then takes the same writer.
        stack.ComposeCustomizations.Add(_ => { });
        var customized = StackEmitter.Emit(stack, options);

        AssertSame(plain, customized);
    }

    [Fact]
    public void Varied_stack_reports_the_same_diagnostics_in_the_same_order_with_a_callback_that_changes_nothing()
    {
        var stack = VariedStack.Build(40);
        var plain = StackEmitter.Emit(stack);
        stack.ComposeCustomizations.Add(_ => { });
        var customized = StackEmitter.Emit(stack);

        Assert.NotEmpty(plain.Diagnostics);
        AssertSame(plain, customized);
    }

    [Fact]
    public void Streamed_files_are_the_files_of_the_result()
    {
        var stack = VariedStack.Build(20);
        var streamed = new List<EmittedFile>();

        var diagnostics = StackEmitter.Emit(stack, null, streamed.Add);

        var result = StackEmitter.Emit(stack);
        Assert.Equal(result.Files, streamed.OrderBy(f => f.RelativePath, StringComparer.Ordinal));
        Assert.Equal(result.Diagnostics, diagnostics);
    }

    private static void AssertSame(EmitResult expected, EmitResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.RelativePath), actual.Files.Select(f => f.RelativePath));
        foreach (var (want, got) in expected.Files.Zip(actual.Files))
        {
            Assert.True(want.Content == got.Content, $"{got.RelativePath} differs");
        }
        Assert.Equal(expected.Diagnostics.Select(Describe), actual.Diagnostics.Select(Describe));
    }

    private static string Describe(InfraSharp.Validation.StackDiagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.ObjectPath}: {diagnostic.Message}";
}
