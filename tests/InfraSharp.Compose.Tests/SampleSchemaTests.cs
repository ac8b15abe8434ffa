using InfraSharp.Emit;
using InfraSharp.Testing;

namespace InfraSharp.Compose.Tests;

/// <summary>The bundled samples' Compose files against the Compose specification schema.</summary>
public class SampleSchemaTests
{
    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Sample_compose_file_conforms_to_the_compose_specification(string stack)
    {
        var compose = SampleStacks.Emit(stack, EmitTargets.Compose).Files.Single(f => f.RelativePath == ComposeEmitter.FileName);
        ComposeSpecSchemaTests.AssertConforms(ComposeTestKit.Parse(compose.Content));
    }
}
