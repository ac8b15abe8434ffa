using System.Globalization;
using InfraSharp.Model;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>One <see cref="ContainerDefinition"/> as a Kubernetes container.</summary>
internal sealed class ContainerFactory
{
    private static readonly string[] NoNewPrivileges = ["no-new-privileges", "no-new-privileges:true"];
    private readonly KubernetesBuild _build;

    public ContainerFactory(KubernetesBuild build) => _build = build;

    /// <summary>Creates the container; init containers get no probes (Kubernetes rejects them there).</summary>
    public V1Container Create(ContainerDefinition container, string path, PodVolumes volumes, bool isInitContainer)
    {
        var result = new V1Container
        {
            Name = container.Name,
            Image = container.Image,
            ImagePullPolicy = container.PullPolicy switch
            {
                PullPolicy.Always => "Always",
                PullPolicy.Missing => "IfNotPresent",
                PullPolicy.Never => "Never",
                _ => null,
            },
            Command = container.Entrypoint?.ToList(),
            Args = container.Command?.ToList(),
            WorkingDir = container.WorkingDirectory,
            Env = container.Environment.Count == 0
                ? null
                : container.Environment.Select(pair => new V1EnvVar { Name = pair.Key, Value = pair.Value }).ToList(),
            Ports = container.Ports.Count == 0 ? null : container.Ports.Select(ContainerPort).ToList(),
            Resources = Resources(container.Resources, path, container.Location),
            SecurityContext = SecurityContext(container, path),
        };
        var mounts = volumes.MountsOf(container, path);
        result.VolumeMounts = mounts.Count == 0 ? null : mounts;
        if (container.HealthCheck is { } probe)
        {
            if (isInitContainer)
            {
                _build.NotExpressible(path + ".healthcheck", "init containers cannot have probes; the health check is left out.",
                    "Remove the health check from the init container.", container.HealthCheckLocation);
            }
            else
            {
                // Readiness gates traffic (and stands in for depends_on); liveness restarts a hung container.
                result.ReadinessProbe = Probe(probe);
                result.LivenessProbe = Probe(probe);
            }
        }
        ReportNotExpressible(container, path);
        return result;
    }

    /// <summary>The protocol name Kubernetes uses.</summary>
    public static string Protocol(PortProtocol protocol) => protocol == PortProtocol.Udp ? "UDP" : "TCP";

    private static V1ContainerPort ContainerPort(PortDefinition port) =>
        new() { ContainerPort = port.ContainerPort, Protocol = Protocol(port.Protocol), Name = port.Name };

    private V1ResourceRequirements? Resources(ResourceDefinition resources, string path, SourceLocation location)
    {
        if (resources.IsEmpty)
        {
            return null;
        }
        var requests = new SortedDictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        var limits = new SortedDictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        Add(requests, "cpu", resources.CpuRequest);
        Add(requests, "memory", resources.MemoryRequest);
        Add(limits, "cpu", resources.CpuLimit);
        Add(limits, "memory", resources.MemoryLimit);
        return new V1ResourceRequirements { Requests = requests.Count == 0 ? null : requests, Limits = limits.Count == 0 ? null : limits };

        void Add(IDictionary<string, ResourceQuantity> target, string name, string? value)
        {
            if (_build.Quantity(value, path + ".resources", location) is { } quantity)
            {
                target[name] = quantity;
            }
        }
    }

    private static V1Probe Probe(Probe probe)
    {
        var result = new V1Probe
        {
            PeriodSeconds = WholeSeconds(probe.Interval, 1),
            TimeoutSeconds = WholeSeconds(probe.Timeout, 1),
            FailureThreshold = Math.Max(1, probe.Retries),
            InitialDelaySeconds = probe.StartPeriod > TimeSpan.Zero ? WholeSeconds(probe.StartPeriod, 0) : null,
        };
        switch (probe.Kind)
        {
            case ProbeKind.Http:
                result.HttpGet = new V1HTTPGetAction { Path = probe.Path ?? "/", Port = probe.Port };
                break;
            case ProbeKind.Tcp:
                result.TcpSocket = new V1TCPSocketAction { Port = probe.Port };
                break;
            default:
                result.Exec = new V1ExecAction { Command = probe.Command.ToList() };
                break;
        }
        return result;
    }

    /// <summary>Rounds up to whole seconds (Kubernetes has no finer unit), at least <paramref name="minimum"/>.</summary>
    internal static int WholeSeconds(TimeSpan span, int minimum) =>
        (int)Math.Clamp(Math.Ceiling(span.TotalSeconds), minimum, int.MaxValue);

    private V1SecurityContext? SecurityContext(ContainerDefinition container, string path)
    {
        var context = new V1SecurityContext();
        var any = false;
        if (container.Privileged)
        {
            context.Privileged = true;
            any = true;
        }
        if (container.ReadOnlyRootFilesystem)
        {
            context.ReadOnlyRootFilesystem = true;
            any = true;
        }
        if (container.CapabilitiesAdded.Count > 0 || container.CapabilitiesDropped.Count > 0)
        {
            context.Capabilities = new V1Capabilities
            {
                Add = container.CapabilitiesAdded.Count == 0 ? null : container.CapabilitiesAdded.ToList(),
                Drop = container.CapabilitiesDropped.Count == 0 ? null : container.CapabilitiesDropped.ToList(),
            };
            any = true;
        }
        if (container.SecurityOptions.Any(option => NoNewPrivileges.Contains(option.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            context.AllowPrivilegeEscalation = false;
            any = true;
        }
        if (!string.IsNullOrWhiteSpace(container.User))
        {
            var parts = container.User.Split(':');
            if (parts.Length <= 2 && parts.All(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                context.RunAsUser = long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
                context.RunAsGroup = parts.Length == 2 ? long.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture) : null;
                any = true;
            }
            else
            {
                _build.Context.Report(DiagnosticIds.NonNumericUserOnKubernetes, Severity.Warning, path + ".user",
                    $"the user '{container.User}' is not numeric; Kubernetes can only set numeric ids (runAsUser/runAsGroup), so the image's user is used.",
                    "Use a numeric \"uid[:gid]\" such as .WithUser(\"1000:1000\").", container.Location);
            }
        }
        return any ? context : null;
    }

    private void ReportNotExpressible(ContainerDefinition container, string path)
    {
        foreach (var option in container.SecurityOptions.Where(option => !NoNewPrivileges.Contains(option.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            _build.NotExpressible(path + ".security_opt", $"the security option '{option}' has no Kubernetes equivalent here and is left out.",
                "Set the matching field (seccompProfile, appArmorProfile, seLinuxOptions) with ConfigurePodSpec(...).", container.Location);
        }
        if (container.EnvFiles.Count > 0)
        {
            _build.NotExpressible(path + ".env_file", $"env files ({string.Join(", ", container.EnvFiles)}) are read by Compose only.",
                "Declare the variables with .WithEnvironment(...), or a ConfigMap/Secret with envFrom via ConfigurePodSpec(...).", container.Location);
        }
        foreach (var port in container.Ports.Where(port => port.HostIp is not null))
        {
            _build.NotExpressible(path + ".ports", string.Create(CultureInfo.InvariantCulture,
                    $"the host address {port.HostIp} of port {port.ContainerPort} cannot be expressed; the Service exposes the port on the cluster network."),
                "Restrict access with a NetworkPolicy or the Service type.", port.Location);
        }
    }
}
