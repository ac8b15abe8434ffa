namespace InfraSharp.Registry;

/// <summary>
/// The stacks of one assembly, as found at compile time by InfraSharp's generator. The emit step reads the
/// assembly's <see cref="StackRegistryAttribute"/> and asks this list instead of scanning types by reflection.
/// </summary>
public interface IStackRegistry
{
    /// <summary>Every stack of the assembly, ordered by name then by type name.</summary>
    IReadOnlyList<StackEntry> Stacks { get; }
}
