namespace InfraSharp.Generators.Model;

/// <summary>
/// One valid stack class as the generator sees it: plain strings only, so the step caches (no symbols or syntax).
/// </summary>
/// <param name="Name">The name given to <c>[Stack]</c>.</param>
/// <param name="TypeName">The class's fully qualified name with the <c>global::</c> prefix, for generated code.</param>
/// <param name="DisplayName">The class's name as users read it, for the registry's messages.</param>
internal sealed record StackSpec(string Name, string TypeName, string DisplayName);
