using InfraSharp.Model;

namespace InfraSharp;

/// <summary>
/// Configures a sidecar or init container: it shares its service's pod (network and volumes). In Compose it becomes
/// a sibling service named <c>&lt;service&gt;-&lt;name&gt;</c>.
/// </summary>
public sealed class SidecarBuilder : ContainerBuilder<SidecarBuilder>
{
    internal SidecarBuilder(ContainerDefinition container) : base(container)
    {
    }

    /// <summary>The model being built.</summary>
    public ContainerDefinition Definition => Container;
}
