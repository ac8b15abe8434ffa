namespace InfraSharp.Cli;

/// <summary>What the user pointed the CLI at, resolved to a built assembly.</summary>
/// <param name="AssemblyPath">The built assembly.</param>
/// <param name="ProjectDirectory">The project folder (relative paths in stacks, default output), or the current folder.</param>
internal sealed record StackInput(string AssemblyPath, string ProjectDirectory);
