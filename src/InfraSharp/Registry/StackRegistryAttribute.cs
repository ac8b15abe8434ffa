namespace InfraSharp.Registry;

/// <summary>
/// Names the generated <see cref="IStackRegistry"/> of an assembly. InfraSharp's generator adds it; user code does
/// not need to.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class StackRegistryAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="registryType">A type implementing <see cref="IStackRegistry"/> with a public parameterless constructor.</param>
    public StackRegistryAttribute(Type registryType) => RegistryType = registryType;

    /// <summary>The registry type.</summary>
    public Type RegistryType { get; }
}
