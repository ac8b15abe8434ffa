using InfraSharp.Validation;

namespace InfraSharp.Emit;

/// <summary>The files of one stack and what was reported while producing them (warnings and infos; never errors).</summary>
/// <param name="Stack">Stack name.</param>
/// <param name="Files">The files, ordered by path.</param>
/// <param name="Diagnostics">Warnings and infos.</param>
public sealed record EmitResult(string Stack, IReadOnlyList<EmittedFile> Files, IReadOnlyList<StackDiagnostic> Diagnostics);
