using System.Globalization;
using System.Text.RegularExpressions;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Compose;

/// <summary>Fills the typed Compose document of one stack, reporting to the context what Compose cannot express.</summary>
internal sealed partial class ComposeFileBuilder(StackDefinition stack, EmitContext context)
{
    private readonly ComposeFile _file = new();

    public ComposeFile Build()
    {
        foreach (var service in stack.Services)
        {
            AddService(service);
        }
        _file.Networks = NullIfEmpty(stack.Networks.ToSortedDictionary(n => n.Name, CreateNetwork));
        _file.Volumes = NullIfEmpty(stack.Volumes.ToSortedDictionary(v => v.Name, CreateVolume));
        _file.Configs = NullIfEmpty(stack.Configs.ToSortedDictionary(c => c.Name, CreateConfig));
        _file.Secrets = NullIfEmpty(stack.Secrets.ToSortedDictionary(s => s.Name, CreateSecret));
        foreach (var customize in stack.ComposeCustomizations)
        {
            RunCustomization(() => customize(_file), "ConfigureCompose");
        }
        return _file;
    }

    private void AddService(ServiceDefinition service)
    {
        var path = "services." + service.Name;
        var main = CreateContainer(service, path);
        // Sidecars share the main service's network namespace, which cannot publish ports of its own: their
        // ports are opened by the main service.
        AddPorts(main, service.PodContainers.SelectMany(c => c.Ports));
        ApplyNetworks(main, service, aliases: true);
        main.DependsOn = NullIfEmpty(service.DependsOn.ToSortedDictionary(d => d.Service.Name,
            d => new ComposeDependsOn { Condition = Condition(d.EffectiveCondition) }));
        main.Links = NullIfEmpty(service.Links.Select(l => l.Alias is null ? l.Service.Name : l.Service.Name + ":" + l.Alias).ToList());
        main.Restart = Restart(service);
        main.Deploy = CreateDeploy(service, main.Deploy);
        ApplyServiceSettings(main, service);

        // Init containers run in declaration order, each after the previous one succeeded, and all before
        // the main one: the pod's init sequence.
        string? previousInit = null;
        foreach (var init in service.InitContainers)
        {
            var name = service.Name + "-" + init.Name;
            var compose = CreateContainer(init, "services." + name);
            AddPorts(compose, init.Ports);
            ApplyNetworks(compose, service, aliases: false);
            compose.Restart = "no";
            compose.Labels = main.Labels is null ? null : new SortedDictionary<string, string>(main.Labels, StringComparer.Ordinal);
            compose.Profiles = CopyOrNull(main.Profiles);
            if (previousInit is not null)
            {
                compose.DependsOn = new(StringComparer.Ordinal) { [previousInit] = new() { Condition = "service_completed_successfully" } };
            }
            previousInit = name;
            (main.DependsOn ??= new(StringComparer.Ordinal))[name] = new ComposeDependsOn { Condition = "service_completed_successfully" };
            AddToFile(name, compose);
        }

        foreach (var sidecar in service.Sidecars)
        {
            var name = service.Name + "-" + sidecar.Name;
            var compose = CreateContainer(sidecar, "services." + name);
            compose.NetworkMode = "service:" + service.Name;
            compose.DependsOn = new(StringComparer.Ordinal) { [service.Name] = new() { Condition = "service_started" } };
            compose.Restart = main.Restart;
            compose.Labels = main.Labels is null ? null : new SortedDictionary<string, string>(main.Labels, StringComparer.Ordinal);
            compose.Profiles = CopyOrNull(main.Profiles);
            AddToFile(name, compose);
        }

        foreach (var customize in service.ComposeCustomizations)
        {
            RunCustomization(() => customize(main), path + " ConfigureCompose");
        }
        AddToFile(service.Name, main);

        for (var i = 0; i < service.Ingresses.Count; i++)
        {
            var ingress = service.Ingresses[i];
            context.Report(DiagnosticIds.NotExpressibleInCompose, Severity.Info, $"{path}.ingresses[{Invariant(i)}]",
                $"Compose has no HTTP routing: the Ingress for host '{ingress.Host}' is emitted for Kubernetes only.",
                "Publish the port with WithPort for local use, or put a reverse proxy service in the stack.", ingress.Location);
        }
        if (service.Workload == WorkloadKind.CronJob)
        {
            context.Report(DiagnosticIds.NotExpressibleInCompose, Severity.Info, path + ".schedule",
                $"Compose has no schedules: the service runs once at 'up' instead of on '{service.Schedule}'.",
                "Run it on a schedule with the host's cron (docker-compose run), or accept the one-off run locally.", service.Location);
        }
    }

    private void AddToFile(string name, ComposeService service)
    {
        // Two objects with one name are a validation error (ISH2002); the first one wins here so nothing throws.
        _file.Services.TryAdd(name, service);
    }

    /// <summary>The container-level settings shared by services, sidecars and init containers.</summary>
    private ComposeService CreateContainer(ContainerDefinition container, string path)
    {
        var service = new ComposeService
        {
            Image = container.Image,
            Build = container.Build is { } build
                ? new ComposeBuild
                {
                    Context = ComposePaths.FromOutput(build.Context, context.Options.ProjectDirectoryFromOutput),
                    Dockerfile = build.Dockerfile,
                    Args = NullIfEmpty(new SortedDictionary<string, string>(build.Args, StringComparer.Ordinal)),
                    Target = build.Target,
                }
                : null,
            Entrypoint = CopyOrNull(container.Entrypoint),
            Command = CopyOrNull(container.Command),
            WorkingDir = container.WorkingDirectory,
            User = container.User,
            Environment = NullIfEmpty(container.Environment.ToSortedDictionary(e => e.Key, e => e.Value, lastWins: true)),
            EnvFile = NullIfEmpty(container.EnvFiles.Select(f => ComposePaths.FromOutput(f, context.Options.ProjectDirectoryFromOutput)).ToList()),
            Volumes = NullIfEmpty(container.Mounts.Select((m, i) => CreateMount(m, $"{path}.volumes[{Invariant(i)}]")).ToList()),
            HealthCheck = container.HealthCheck is { } probe ? CreateHealthCheck(probe) : null,
            Configs = NullIfEmpty(container.Configs.Select(c => new ComposeFileMount { Source = c.Config.Name, Target = c.EffectiveTarget }).ToList()),
            Secrets = NullIfEmpty(container.Secrets.Select(s => new ComposeFileMount { Source = s.Secret.Name, Target = s.EffectiveTarget }).ToList()),
            CapAdd = CopyOrNull(container.CapabilitiesAdded),
            CapDrop = CopyOrNull(container.CapabilitiesDropped),
            ReadOnly = container.ReadOnlyRootFilesystem ? true : null,
            Privileged = container.Privileged ? true : null,
            SecurityOpt = CopyOrNull(container.SecurityOptions),
            PullPolicy = container.PullPolicy switch
            {
                InfraSharp.PullPolicy.Always => "always",
                // "if_not_present" is what docker-compose 1.29 knows; the newer specification reads it as "missing".
                InfraSharp.PullPolicy.Missing => "if_not_present",
                InfraSharp.PullPolicy.Never => "never",
                _ => null,
            },
        };
        var resources = CreateResources(container.Resources, path, container.Location);
        if (resources is not null)
        {
            service.Deploy = new ComposeDeploy { Resources = resources };
        }
        return service;
    }

    private static void AddPorts(ComposeService service, IEnumerable<PortDefinition> ports)
    {
        foreach (var port in ports)
        {
            var protocol = port.Protocol == PortProtocol.Udp ? "/udp" : string.Empty;
            if (port.PublishedPort is { } published)
            {
                var hostIp = port.HostIp switch
                {
                    null or "" => string.Empty,
                    var ip when ip.Contains(':', StringComparison.Ordinal) && !ip.StartsWith('[') => "[" + ip + "]:",
                    var ip => ip + ":",
                };
                (service.Ports ??= new()).Add($"{hostIp}{Invariant(published)}:{Invariant(port.ContainerPort)}{protocol}");
            }
            else
            {
                (service.Expose ??= new()).Add(Invariant(port.ContainerPort) + protocol);
            }
        }
    }

    private static void ApplyNetworks(ComposeService compose, ServiceDefinition service, bool aliases)
    {
        switch (service.NetworkMode)
        {
            case NetworkMode.Host:
                compose.NetworkMode = "host";
                break;
            case NetworkMode.None:
                compose.NetworkMode = "none";
                break;
            default:
                compose.Networks = NullIfEmpty(service.Networks.ToSortedDictionary(a => a.Network.Name, a => new ComposeServiceNetwork
                {
                    Aliases = aliases && a.Aliases.Count > 0 ? a.Aliases.ToList() : null,
                }));
                break;
        }
    }

    private void ApplyServiceSettings(ComposeService compose, ServiceDefinition service)
    {
        var labels = new SortedDictionary<string, string>(stack.Labels, StringComparer.Ordinal);
        foreach (var label in service.Labels)
        {
            labels[label.Key] = label.Value;
        }
        compose.Labels = NullIfEmpty(labels);
        compose.ContainerName = service.ContainerName;
        compose.Hostname = service.Hostname;
        compose.ExtraHosts = NullIfEmpty(service.ExtraHosts.Select(h => h.Key + ":" + h.Value).ToList());
        compose.Dns = CopyOrNull(service.Dns);
        compose.Init = service.Init;
        compose.StopSignal = service.StopSignal;
        compose.StopGracePeriod = service.StopGracePeriod is { } grace ? DurationRules.Format(grace) : null;
        compose.Ulimits = NullIfEmpty(service.Ulimits.ToSortedDictionary(u => u.Key, u => new ComposeUlimit { Soft = u.Value.Soft, Hard = u.Value.Hard }));
        compose.Sysctls = NullIfEmpty(new SortedDictionary<string, string>(service.Sysctls, StringComparer.Ordinal));
        compose.Logging = service.Logging is { } logging
            ? new ComposeLogging
            {
                Driver = logging.Driver,
                Options = NullIfEmpty(new SortedDictionary<string, string>(logging.Options, StringComparer.Ordinal)),
            }
            : null;
        compose.Profiles = CopyOrNull(service.Profiles);
    }

    private ComposeServiceVolume CreateMount(MountDefinition mount, string path)
    {
        switch (mount)
        {
            case VolumeMount volume:
                if (volume.SubPath is not null)
                {
                    context.Report(DiagnosticIds.NeedsNewerCompose, Severity.Info, path,
                        "A volume subpath needs Docker Compose v2.23 or later; docker-compose 1.29 rejects the file.",
                        "Use Docker Compose v2, or mount the whole volume.", volume.Location);
                }
                return new ComposeServiceVolume
                {
                    Type = "volume",
                    Source = volume.Volume.Name,
                    Target = volume.Target,
                    ReadOnly = volume.ReadOnly ? true : null,
                    Volume = volume.SubPath is null ? null : new ComposeVolumeOptions { Subpath = volume.SubPath },
                };
            case BindMount bind:
                return new ComposeServiceVolume
                {
                    Type = "bind",
                    Source = ComposePaths.FromOutput(bind.Source, context.Options.ProjectDirectoryFromOutput),
                    Target = bind.Target,
                    ReadOnly = bind.ReadOnly ? true : null,
                };
            case TmpfsMount tmpfs:
                long? size = null;
                if (tmpfs.Size is not null)
                {
                    if (ComposeFormats.TryBytes(tmpfs.Size, out var bytes))
                    {
                        size = bytes;
                    }
                    else
                    {
                        ReportQuantity(path + ".tmpfs.size", tmpfs.Size, "a memory size such as 64Mi", tmpfs.Location);
                    }
                }
                return new ComposeServiceVolume
                {
                    Type = "tmpfs",
                    Target = tmpfs.Target,
                    Tmpfs = size is null ? null : new ComposeTmpfsOptions { Size = size },
                };
            default:
                // Anonymous volume: a fresh volume private to this container.
                return new ComposeServiceVolume { Type = "volume", Target = mount.Target, ReadOnly = mount.ReadOnly ? true : null };
        }
    }

    private static ComposeHealthCheck CreateHealthCheck(Probe probe) => new()
    {
        Test = probe.Kind switch
        {
            ProbeKind.Http => ["CMD-SHELL", $"wget -q -O /dev/null {HttpUrl(probe)} || exit 1"],
            ProbeKind.Tcp => ["CMD-SHELL", $"nc -z 127.0.0.1 {Invariant(probe.Port)} || exit 1"],
            _ => ["CMD", .. probe.Command],
        },
        Interval = DurationRules.Format(probe.Interval),
        Timeout = DurationRules.Format(probe.Timeout),
        Retries = probe.Retries,
        StartPeriod = probe.StartPeriod > TimeSpan.Zero ? DurationRules.Format(probe.StartPeriod) : null,
    };

    private static string HttpUrl(Probe probe)
    {
        var path = probe.Path ?? "/";
        var url = $"http://127.0.0.1:{Invariant(probe.Port)}{(path.StartsWith('/') ? path : "/" + path)}";
        // The URL goes through a shell: quote it unless it is made of characters the shell leaves alone.
        return ShellSafeUrlPath().IsMatch(path) ? url : "'" + url.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private ComposeDeploy? CreateDeploy(ServiceDefinition service, ComposeDeploy? deploy)
    {
        if (service.Replicas is { } replicas)
        {
            (deploy ??= new()).Replicas = replicas;
        }
        if (service.RollingUpdate is { } update)
        {
            (deploy ??= new()).UpdateConfig = new ComposeUpdateConfig
            {
                Parallelism = Math.Max(Math.Max(update.MaxSurge, update.MaxUnavailable), 1),
                // No replica may be missing: start the new one before stopping the old one.
                Order = update.MaxUnavailable == 0 ? "start-first" : "stop-first",
            };
        }
        if (service.NodeSelector.Count > 0)
        {
            (deploy ??= new()).Placement = new ComposePlacement
            {
                Constraints = service.NodeSelector.Select(s => $"node.labels.{s.Key} == {s.Value}").ToList(),
            };
        }
        return deploy;
    }

    private ComposeResources? CreateResources(ResourceDefinition resources, string path, SourceLocation location)
    {
        if (resources.IsEmpty)
        {
            return null;
        }
        var limits = CreateResourceValues(resources.CpuLimit, resources.MemoryLimit, path + ".deploy.resources.limits", location);
        var reservations = CreateResourceValues(resources.CpuRequest, resources.MemoryRequest, path + ".deploy.resources.reservations", location);
        return limits is null && reservations is null ? null : new ComposeResources { Limits = limits, Reservations = reservations };
    }

    private ComposeResourceValues? CreateResourceValues(string? cpu, string? memory, string path, SourceLocation location)
    {
        string? cpus = null;
        string? bytes = null;
        if (cpu is not null)
        {
            if (ComposeFormats.TryCpus(cpu, out var value))
            {
                cpus = value;
            }
            else
            {
                ReportQuantity(path + ".cpus", cpu, "a CPU quantity such as 500m or 2", location);
            }
        }
        if (memory is not null)
        {
            if (ComposeFormats.TryMemory(memory, out var value))
            {
                bytes = value;
            }
            else
            {
                ReportQuantity(path + ".memory", memory, "a memory quantity such as 512Mi or 1Gi", location);
            }
        }
        return cpus is null && bytes is null ? null : new ComposeResourceValues { Cpus = cpus, Memory = bytes };
    }

    private ComposeNetwork CreateNetwork(NetworkDefinition network)
    {
        if (network.External)
        {
            // docker-compose rejects an external network with other attributes.
            return new ComposeNetwork { External = true, Name = network.ExternalName };
        }
        return new ComposeNetwork
        {
            Driver = network.Driver,
            DriverOpts = NullIfEmpty(new SortedDictionary<string, string>(network.DriverOptions, StringComparer.Ordinal)),
            Internal = network.Internal ? true : null,
            Attachable = network.Attachable ? true : null,
            Labels = StackLabelsWith(network.Labels),
        };
    }

    private ComposeVolume CreateVolume(VolumeDefinition volume)
    {
        if (volume.External)
        {
            return new ComposeVolume { External = true, Name = volume.ExternalName };
        }
        return new ComposeVolume
        {
            Driver = volume.Driver,
            DriverOpts = NullIfEmpty(new SortedDictionary<string, string>(volume.DriverOptions, StringComparer.Ordinal)),
            Labels = StackLabelsWith(volume.Labels),
        };
    }

    private ComposeConfig CreateConfig(ConfigDefinition config)
    {
        if (config.External)
        {
            return new ComposeConfig { External = true };
        }
        if (config.File is not null)
        {
            return new ComposeConfig { File = ComposePaths.FromOutput(config.File, context.Options.ProjectDirectoryFromOutput) };
        }
        if (config.Content is null)
        {
            context.Report(DiagnosticIds.MissingSource, Severity.Error, "configs." + config.Name,
                "The config has no source.", "Call FromFile, FromContent or AsExternal on it.", config.Location);
            return new ComposeConfig { External = true };
        }
        if (!ComposeEmitter.SafeFileName().IsMatch(config.Name))
        {
            context.Report(DiagnosticIds.InvalidName, Severity.Error, "configs." + config.Name,
                "The config name cannot be used as a file name for its inline content.",
                "Use letters, digits, '.', '_' and '-' only.", config.Location);
            return new ComposeConfig { External = true };
        }
        // docker-compose 1.29 rejects "content": the content goes into a file next to compose.yaml.
        return new ComposeConfig { File = "./" + ComposeEmitter.ConfigFolder + "/" + config.Name };
    }

    private ComposeSecret CreateSecret(SecretDefinition secret)
    {
        if (secret.External)
        {
            return new ComposeSecret { External = true };
        }
        if (secret.File is not null)
        {
            return new ComposeSecret { File = ComposePaths.FromOutput(secret.File, context.Options.ProjectDirectoryFromOutput) };
        }
        if (secret.EnvironmentVariable is not null)
        {
            context.Report(DiagnosticIds.NeedsNewerCompose, Severity.Info, "secrets." + secret.Name,
                "A secret read from an environment variable needs Docker Compose v2; docker-compose 1.29 rejects the file.",
                "Use Docker Compose v2, or read the secret from a file (FromFile).", secret.Location);
            return new ComposeSecret { Environment = secret.EnvironmentVariable };
        }
        context.Report(DiagnosticIds.MissingSource, Severity.Error, "secrets." + secret.Name,
            "The secret has no source.", "Call FromFile, FromEnvironment or AsExternal on it.", secret.Location);
        return new ComposeSecret { External = true };
    }

    private SortedDictionary<string, string>? StackLabelsWith(SortedDictionary<string, string> own)
    {
        var labels = new SortedDictionary<string, string>(stack.Labels, StringComparer.Ordinal);
        foreach (var label in own)
        {
            labels[label.Key] = label.Value;
        }
        return NullIfEmpty(labels);
    }

    private static string? Restart(ServiceDefinition service) => service.Restart switch
    {
        RestartPolicy.No => "no",
        RestartPolicy.Always => "always",
        RestartPolicy.OnFailure => "on-failure",
        RestartPolicy.UnlessStopped => "unless-stopped",
        // One-shot work must not be restarted after it finished.
        _ => service.Workload is WorkloadKind.Job or WorkloadKind.CronJob ? "no" : null,
    };

    private static string Condition(DependencyCondition condition) => condition switch
    {
        DependencyCondition.Healthy => "service_healthy",
        DependencyCondition.CompletedSuccessfully => "service_completed_successfully",
        _ => "service_started",
    };

    private void ReportQuantity(string path, string value, string expected, SourceLocation location) =>
        context.Report(DiagnosticIds.InvalidQuantity, Severity.Error, path,
            $"'{value}' is not a valid quantity.", $"Write {expected}.", location);

    private void RunCustomization(Action customize, string what)
    {
        try
        {
            customize();
        }
#pragma warning disable CA1031 // User code: any failure becomes a diagnostic, never a crash of the build step.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.Report(DiagnosticIds.StackFailed, Severity.Error, what,
                $"The customization threw {exception.GetType().Name}: {exception.Message}",
                "Fix the callback passed to ConfigureCompose.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9/._~%!*()+,;=:@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShellSafeUrlPath();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<T>? CopyOrNull<T>(IEnumerable<T>? items)
    {
        var list = items?.ToList();
        return list is { Count: > 0 } ? list : null;
    }

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count > 0 ? items : null;

    private static SortedDictionary<string, T>? NullIfEmpty<T>(SortedDictionary<string, T> items) => items.Count > 0 ? items : null;
}
