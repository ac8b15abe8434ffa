namespace InfraSharp.Generators.Model;

/// <summary>Everything the registry file is made of, in a stable order (by stack name, then type).</summary>
/// <param name="Stacks">The stacks.</param>
internal sealed record RegistrySpec(EquatableArray<StackSpec> Stacks);
