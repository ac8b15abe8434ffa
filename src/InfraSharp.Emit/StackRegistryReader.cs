using System.Reflection;
using InfraSharp.Registry;

namespace InfraSharp.Emit.Host;

/// <summary>Reads the stack registry that InfraSharp's source generator adds to an assembly, when present.</summary>
internal static class StackRegistryReader
{
    /// <summary>The registered stacks, or null when the assembly has no registry (generator off, older package).</summary>
    public static IReadOnlyList<DiscoveredStack>? TryRead(Assembly assembly, PdbSourceLocator symbols)
    {
        IStackRegistry? registry;
        try
        {
            registry = StackRegistryLoader.Load(assembly);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TargetInvocationException or MissingMethodException or TypeLoadException)
        {
            // A broken registry must not stop emission: the reflection scan finds the same stacks.
            return null;
        }
        return registry?.Stacks
            .Select(entry => new DiscoveredStack(entry.Name, entry.Define, symbols.Locate(entry.Define.Method), null))
            .ToList();
    }
}
