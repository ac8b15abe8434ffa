using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Analysis;

/// <summary>
/// What one stack body surely declares, read from its straight-line statements. Facts from branches, loops,
/// lambdas and helpers are absent: whole-stack rules only report what these facts prove.
/// </summary>
internal sealed class StackFacts
{
    public List<ObjectFacts> Objects { get; } = new();

    public List<ServiceFacts> Services { get; } = new();

    public List<DependencyFact> Dependencies { get; } = new();

    /// <summary>Every container: each service, then its sidecars and init containers.</summary>
    public IEnumerable<ContainerFacts> Containers()
    {
        foreach (var service in Services)
        {
            yield return service;
            foreach (var companion in service.Companions)
            {
                yield return companion;
            }
        }
    }
}

/// <summary>A declared object of any kind (service, volume, network, config, secret).</summary>
internal class ObjectFacts
{
    public ObjectFacts(string kind, IInvocationOperation declaration, string? name, IArgumentOperation? nameArgument)
    {
        Kind = kind;
        Declaration = declaration;
        Name = name;
        NameArgument = nameArgument;
    }

    /// <summary>"service", "volume", "network", "config", "secret", "sidecar" or "init container".</summary>
    public string Kind { get; }

    /// <summary>The <c>Add*</c> call (<c>WithSidecar</c>/<c>WithInitContainer</c> for a companion container).</summary>
    public IInvocationOperation Declaration { get; }

    /// <summary>The constant name, or null when not constant.</summary>
    public string? Name { get; }

    public IArgumentOperation? NameArgument { get; }

    /// <summary>
    /// True when the handle may be changed where the analysis cannot see (a branch, a helper, a lambda, a return):
    /// rules about what the object lacks are then skipped.
    /// </summary>
    public virtual bool IsOpen { get; set; }

    /// <summary>A config or secret was given a file, content, environment variable or marked external.</summary>
    public bool HasSource { get; set; }
}

/// <summary>
/// What a container (a service's main container, a sidecar or an init container) is known to have. Tri-state facts
/// use <see cref="ObjectFacts.IsOpen"/> and the Unknown flags.
/// </summary>
internal class ContainerFacts : ObjectFacts
{
    public ContainerFacts(string kind, IInvocationOperation declaration, string? name, IArgumentOperation? nameArgument)
        : base(kind, declaration, name, nameArgument)
    {
    }

    public string DisplayName => Name ?? "(unnamed)";

    /// <summary>How messages name it: "Service 'web'", "Sidecar 'log' of service 'web'".</summary>
    public virtual string Description => char.ToUpperInvariant(Kind[0]) + Kind.Substring(1) + " '" + DisplayName + "'";

    public bool HasImage { get; set; }

    /// <summary>A WithBuild whose image is surely null (a build-only candidate for ISH4001).</summary>
    public IInvocationOperation? UnnamedBuild { get; set; }

    public bool HasBuild { get; set; }

    /// <summary>Some image-related value is not constant.</summary>
    public bool ImageUnknown { get; set; }

    public bool HasHealthCheck { get; set; }

    public bool HasResources { get; set; }

    /// <summary>The last known value of each resource setting (WithResources keeps what a null argument leaves out).</summary>
    public QuantitySetting CpuRequest { get; } = new();

    public QuantitySetting CpuLimit { get; } = new();

    public QuantitySetting MemoryRequest { get; } = new();

    public QuantitySetting MemoryLimit { get; } = new();

    public bool HasUser { get; set; }

    public List<PortFact> Ports { get; } = new();

    public List<MountFact> Mounts { get; } = new();

    public int PortCount { get; set; }
}

/// <summary>What a service is known to have beyond its main container.</summary>
internal sealed class ServiceFacts : ContainerFacts
{
    public ServiceFacts(IInvocationOperation declaration, string? name, IArgumentOperation? nameArgument)
        : base("service", declaration, name, nameArgument)
    {
    }

    /// <summary>Sidecars and init containers, in declaration order.</summary>
    public List<CompanionFacts> Companions { get; } = new();

    public int NetworkCount { get; set; }

    /// <summary>The last WithNetworkMode's constant value, null when never called.</summary>
    public int? NetworkMode { get; set; }

    public IArgumentOperation? NetworkModeArgument { get; set; }

    public bool NetworkModeUnknown { get; set; }

    /// <summary>WithContainerName was called with a constant non-null name (and not cleared since).</summary>
    public bool HasContainerName { get; set; }

    public bool ContainerNameUnknown { get; set; }

    /// <summary>The last WithReplicas argument, null when never called.</summary>
    public IArgumentOperation? ReplicasArgument { get; set; }

    /// <summary>The last WithReplicas constant value; null when never called or not constant.</summary>
    public int? Replicas { get; set; }

    /// <summary>The last AsJob/AsCronJob/AsStatefulSet says the service runs to completion (Job, CronJob).</summary>
    public bool RunsToCompletion { get; set; }

    /// <summary>WithIngress calls with no port while the service had no port yet (ISH2020 when the service is known).</summary>
    public List<IInvocationOperation> IngressesWithoutPort { get; } = new();
}

/// <summary>A sidecar or init container, configured by a lambda; as open as its own lambda and its service.</summary>
internal sealed class CompanionFacts : ContainerFacts
{
    public CompanionFacts(ServiceFacts service, string kind, IInvocationOperation declaration, string? name, IArgumentOperation? nameArgument)
        : base(kind, declaration, name, nameArgument)
    {
        Service = service;
    }

    public ServiceFacts Service { get; }

    /// <summary>Code holding the service handle can reach the companion's model (<c>Definition.Sidecars</c>).</summary>
    public override bool IsOpen
    {
        get => base.IsOpen || Service.IsOpen;
        set => base.IsOpen = value;
    }

    public override string Description => base.Description + " of service '" + Service.DisplayName + "'";
}

/// <summary>One resource setting: its last constant value and where it was given, or unknown.</summary>
internal sealed class QuantitySetting
{
    public string? Value { get; private set; }

    public IArgumentOperation? Argument { get; private set; }

    public bool Unknown { get; private set; }

    /// <summary>Applies one WithResources argument: null keeps the previous value.</summary>
    public void Apply(IArgumentOperation? argument)
    {
        if (argument is null || OperationValues.IsOmittedOrNull(argument))
        {
            return;
        }
        if (OperationValues.TryGetString(argument, out var value) && value is not null)
        {
            Value = value;
            Argument = argument;
            Unknown = false;
        }
        else
        {
            // Not constant: may be null (keeps the old value) or anything else.
            Unknown = true;
        }
    }
}

/// <summary>A published port: host port, protocol and host address as constants.</summary>
internal sealed record PortFact(int HostPort, int Protocol, string? HostIp, IArgumentOperation ReportAt);

/// <summary>A mount target path.</summary>
internal sealed record MountFact(string Target, IArgumentOperation ReportAt);

/// <summary>A WaitFor (or link) edge from a dependant to a dependency.</summary>
internal sealed record DependencyFact(ServiceFacts Dependant, ServiceFacts Dependency, bool WaitsHealthy,
    IArgumentOperation DependencyArgument, IArgumentOperation? ConditionArgument);
