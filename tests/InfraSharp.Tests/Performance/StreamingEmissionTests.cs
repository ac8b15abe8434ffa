using InfraSharp.Emit;
using InfraSharp.Testing;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// Memory and core savings must not change a byte: Kubernetes objects written service by service (no stack-level
/// <c>ConfigureKubernetes</c>) give the files of the all-objects-at-once path, and Compose emitted on a second core
/// gives the files and diagnostics, in the same order, of the one-after-the-other path taken when user callbacks run.
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
    public void Samples_give_the_same_files_and_diagnostics_on_the_parallel_and_sequential_paths(string name)
    {
        var options = EmitOptions.ForProject(SampleStacks.ProjectDirectory(name));
        var stack = SampleStacks.Build(name);
        var parallel = StackEmitter.Emit(stack, options);

        // Any user callback makes the targets run one after the other, as written.
        stack.ComposeCustomizations.Add(_ => { });
        var sequential = StackEmitter.Emit(stack, options);

        AssertSame(sequential, parallel);
    }

    [Fact]
    public void Varied_stack_reports_the_same_diagnostics_in_the_same_order_on_both_paths()
    {
        var stack = VariedStack.Build(40);
        var parallel = StackEmitter.Emit(stack);
        stack.ComposeCustomizations.Add(_ => { });
        var sequential = StackEmitter.Emit(stack);

        Assert.NotEmpty(parallel.Diagnostics);
        AssertSame(sequential, parallel);
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
