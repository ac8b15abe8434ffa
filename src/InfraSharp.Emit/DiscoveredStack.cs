namespace InfraSharp.Emit.Host;

/// <summary>A stack found in the user's assembly.</summary>
/// <param name="Name">Stack name.</param>
/// <param name="Define">The user's <c>Define</c> method, or null when the class has the wrong shape.</param>
/// <param name="Position">Where the stack is declared, when symbols tell.</param>
/// <param name="ShapeError">Why the class cannot be used as a stack, when <paramref name="Define"/> is null.</param>
internal sealed record DiscoveredStack(string Name, Action<IStackBuilder>? Define, SourcePosition? Position, string? ShapeError);
