namespace InfraSharp.Generators.Analysis;

/// <summary>Metadata names of the InfraSharp types the generator and analyzers look for.</summary>
internal static class KnownTypes
{
    public const string StackAttribute = "InfraSharp.StackAttribute";
    public const string StackBuilderInterface = "InfraSharp.IStackBuilder";
    public const string ContainerBuilder = "InfraSharp.ContainerBuilder`1";
    public const string ServiceBuilder = "InfraSharp.ServiceBuilder";
    public const string VolumeBuilder = "InfraSharp.VolumeBuilder";
    public const string NetworkBuilder = "InfraSharp.NetworkBuilder";
    public const string SidecarBuilder = "InfraSharp.SidecarBuilder";
    public const string Probe = "InfraSharp.Probe";
    public const string BindMountOnKubernetes = "InfraSharp.BindMountOnKubernetes";
    public const string DefineMethodName = "Define";
}
