using System.Reflection;

namespace InfraSharp.Registry;

/// <summary>Finds the generated stack registry of an assembly (what the emit step uses instead of a type scan).</summary>
public static class StackRegistryLoader
{
    /// <summary>
    /// Returns the registry named by <paramref name="assembly"/>'s <see cref="StackRegistryAttribute"/>, or null when the
    /// assembly has no stacks (the generator adds the attribute only when it finds at least one).
    /// </summary>
    /// <exception cref="InvalidOperationException">The attribute names a type that is not a usable registry.</exception>
    public static IStackRegistry? Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var attribute = assembly.GetCustomAttribute<StackRegistryAttribute>();
        if (attribute is null)
        {
            return null;
        }
        var type = attribute.RegistryType;
        if (type is null || !typeof(IStackRegistry).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"{assembly.GetName().Name}: [StackRegistry] must name a type implementing {nameof(IStackRegistry)} with a public parameterless constructor.");
        }
        return (IStackRegistry)Activator.CreateInstance(type)!;
    }
}
