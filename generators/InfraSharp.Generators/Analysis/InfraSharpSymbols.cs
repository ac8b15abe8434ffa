using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Analysis;

/// <summary>
/// The InfraSharp types, resolved once per compilation. <see cref="TryCreate"/> returns null when the compilation
/// does not reference InfraSharp, so analyzers stop at once.
/// </summary>
internal sealed class InfraSharpSymbols
{
    private InfraSharpSymbols(INamedTypeSymbol stackBuilderInterface, INamedTypeSymbol containerBuilder, INamedTypeSymbol serviceBuilder,
        INamedTypeSymbol? stackBuilder, INamedTypeSymbol? volumeBuilder, INamedTypeSymbol? networkBuilder,
        INamedTypeSymbol? bindMountOnKubernetes, INamedTypeSymbol? probe)
    {
        Probe = probe;
        StackBuilderInterface = stackBuilderInterface;
        ContainerBuilder = containerBuilder;
        ServiceBuilder = serviceBuilder;
        StackBuilder = stackBuilder;
        VolumeBuilder = volumeBuilder;
        NetworkBuilder = networkBuilder;
        BindMountOnKubernetes = bindMountOnKubernetes;
    }

    public INamedTypeSymbol StackBuilderInterface { get; }

    public INamedTypeSymbol ContainerBuilder { get; }

    public INamedTypeSymbol ServiceBuilder { get; }

    public INamedTypeSymbol? StackBuilder { get; }

    public INamedTypeSymbol? VolumeBuilder { get; }

    public INamedTypeSymbol? NetworkBuilder { get; }

    public INamedTypeSymbol? BindMountOnKubernetes { get; }

    public INamedTypeSymbol? Probe { get; }

    public static InfraSharpSymbols? TryCreate(Compilation compilation)
    {
        var stackBuilderInterface = compilation.GetTypeByMetadataName(KnownTypes.StackBuilderInterface);
        var containerBuilder = compilation.GetTypeByMetadataName(KnownTypes.ContainerBuilder);
        var serviceBuilder = compilation.GetTypeByMetadataName(KnownTypes.ServiceBuilder);
        if (stackBuilderInterface is null || containerBuilder is null || serviceBuilder is null)
        {
            return null;
        }
        return new InfraSharpSymbols(stackBuilderInterface, containerBuilder, serviceBuilder,
            compilation.GetTypeByMetadataName("InfraSharp.StackBuilder"),
            compilation.GetTypeByMetadataName(KnownTypes.VolumeBuilder),
            compilation.GetTypeByMetadataName(KnownTypes.NetworkBuilder),
            compilation.GetTypeByMetadataName(KnownTypes.BindMountOnKubernetes),
            compilation.GetTypeByMetadataName(KnownTypes.Probe));
    }

    /// <summary>True for a method declared on IStackBuilder or its StackBuilder implementation.</summary>
    public bool IsStackMethod(IMethodSymbol method) =>
        Same(method.ContainingType, StackBuilderInterface) || Same(method.ContainingType, StackBuilder);

    /// <summary>True for a container-level method (on ContainerBuilder&lt;T&gt;, reached from services and sidecars).</summary>
    public bool IsContainerMethod(IMethodSymbol method) => Same(method.ContainingType?.OriginalDefinition, ContainerBuilder);

    public bool IsServiceMethod(IMethodSymbol method) => Same(method.ContainingType, ServiceBuilder);

    public bool IsVolumeMethod(IMethodSymbol method) => Same(method.ContainingType, VolumeBuilder);

    public bool IsStackBuilderType(ITypeSymbol? type) => Same(type, StackBuilderInterface) || Same(type, StackBuilder);

    public static bool Same(ISymbol? left, ISymbol? right) =>
        left is not null && right is not null && SymbolEqualityComparer.Default.Equals(left, right);
}
