using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Compose;

/// <summary>Writes a stack as a Compose file. (Stub: being implemented.)</summary>
public static class ComposeEmitter
{
    /// <summary>Produces <c>compose.yaml</c> (and any file it references).</summary>
    public static IReadOnlyList<EmittedFile> Emit(StackDefinition stack, EmitContext context) => throw new NotImplementedException();
}
