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

    /// <summary>"service", "volume", "network", "config" or "secret".</summary>
    public string Kind { get; }

    /// <summary>The <c>Add*</c> call.</summary>
    public IInvocationOperation Declaration { get; }

    /// <summary>The constant name, or null when not constant.</summary>
    public string? Name { get; }

    public IArgumentOperation? NameArgument { get; }

    /// <summary>
    /// True when the handle may be changed where the analysis cannot see (a branch, a helper, a lambda, a return):
    /// rules about what the object lacks are then skipped.
    /// </summary>
    public bool IsOpen { get; set; }
}

/// <summary>What a service is known to have. Tri-state facts use <see cref="IsOpen"/> and the Unknown flags.</summary>
internal sealed class ServiceFacts : ObjectFacts
{
    public ServiceFacts(IInvocationOperation declaration, string? name, IArgumentOperation? nameArgument)
        : base("service", declaration, name, nameArgument)
    {
    }

    public string DisplayName => Name ?? "(unnamed)";

    public bool HasImage { get; set; }

    /// <summary>A WithBuild whose image is surely null (a build-only candidate for ISH4001).</summary>
    public IInvocationOperation? UnnamedBuild { get; set; }

    public bool HasBuild { get; set; }

    /// <summary>Some image-related value is not constant.</summary>
    public bool ImageUnknown { get; set; }

    public bool HasHealthCheck { get; set; }

    public bool HasResources { get; set; }

    public bool HasUser { get; set; }

    public List<PortFact> Ports { get; } = new();

    public List<MountFact> Mounts { get; } = new();

    public int PortCount { get; set; }

    public int NetworkCount { get; set; }

    /// <summary>The last WithNetworkMode's constant value, null when never called.</summary>
    public int? NetworkMode { get; set; }

    public IArgumentOperation? NetworkModeArgument { get; set; }

    public bool NetworkModeUnknown { get; set; }
}

/// <summary>A published port: host port, protocol and host address as constants.</summary>
internal sealed record PortFact(int HostPort, int Protocol, string? HostIp, IArgumentOperation ReportAt);

/// <summary>A mount target path.</summary>
internal sealed record MountFact(string Target, IArgumentOperation ReportAt);

/// <summary>A WaitFor (or link) edge from a dependant to a dependency.</summary>
internal sealed record DependencyFact(ServiceFacts Dependant, ServiceFacts Dependency, bool WaitsHealthy,
    IArgumentOperation DependencyArgument, IArgumentOperation? ConditionArgument);
