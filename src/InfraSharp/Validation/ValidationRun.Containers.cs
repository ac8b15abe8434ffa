using InfraSharp.Model;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation;

// Rules about one service and the containers of its pod.
internal sealed partial class ValidationRun
{
    private void CheckService(int owner, ServiceDefinition service)
    {
        var path = "services." + service.Name;
        CheckContainer(owner, service, path, $"Service '{service.Name}'");
        foreach (var sidecar in service.Sidecars)
        {
            CheckContainer(owner, sidecar, $"{path}.sidecars.{sidecar.Name}", $"Sidecar '{sidecar.Name}' of service '{service.Name}'");
        }
        foreach (var init in service.InitContainers)
        {
            CheckContainer(owner, init, $"{path}.initContainers.{init.Name}", $"Init container '{init.Name}' of service '{service.Name}'");
        }
        CheckPodContainerNames(owner, service, path);
        CheckNetworking(owner, service, path);
        CheckDependencies(owner, service, path);
        CheckWorkload(owner, service, path);
        CheckIngresses(owner, service, path);
        if (_kubernetes)
        {
            CheckServiceBestPractice(owner, service, path);
        }
    }

    private void CheckContainer(int owner, ContainerDefinition container, string path, string what)
    {
        CheckName(owner, what, container.Name, path, container.Location);
        CheckImage(owner, container, path, what);
        CheckPorts(owner, container, path, what);
        CheckMounts(owner, container, path, what);
        CheckEnvironment(owner, container, path, what);
        CheckResources(owner, container, path, what);
        if (container.HealthCheck is { } probe)
        {
            CheckProbe(owner, probe, path + ".healthcheck", what, container.HealthCheckLocation ?? container.Location);
        }
        if (_kubernetes)
        {
            CheckContainerBestPractice(owner, container, path, what);
        }
    }

    private void CheckImage(int owner, ContainerDefinition container, string path, string what)
    {
        var location = container.ImageLocation ?? container.Location;
        if (container.Image is null && container.Build is null)
        {
            Report(owner, DiagnosticIds.NoImageOrBuild, path, $"{what} has neither an image nor a build.", container.Location);
            return;
        }
        if (container.Image is { } image && !ImageReferenceRules.IsValid(image))
        {
            Report(owner, DiagnosticIds.InvalidImageReference, path,
                $"{what} has the invalid image reference '{image}' (expected [registry[:port]/]path[:tag][@digest], path in lower case).",
                location);
        }
        if (_kubernetes && container.Image is null && container.Build is not null)
        {
            Report(owner, DiagnosticIds.BuildOnlyServiceOnKubernetes, path,
                $"{what} is built from '{container.Build.Context}' but names no image, so Kubernetes has nothing to pull.",
                container.Location);
        }
    }

    private void CheckPorts(int owner, ContainerDefinition container, string path, string what)
    {
        for (var i = 0; i < container.Ports.Count; i++)
        {
            var port = container.Ports[i];
            var portPath = $"{path}.ports[{Text(i)}]";
            if (!PortRules.IsValidPort(port.ContainerPort))
            {
                Report(owner, DiagnosticIds.PortOutOfRange, portPath,
                    $"{what} opens container port {Text(port.ContainerPort)}, outside 1-65535.", port.Location);
            }
            // WithPort publishes on the same number by default: one bad number is reported once.
            if (port.PublishedPort is { } published && !PortRules.IsValidPort(published) && published != port.ContainerPort)
            {
                Report(owner, DiagnosticIds.PortOutOfRange, portPath,
                    $"{what} publishes host port {Text(published)}, outside 1-65535.", port.Location);
            }
            if (port.Name is not null && !NameRules.IsValidPortName(port.Name))
            {
                Report(owner, DiagnosticIds.InvalidName, portPath,
                    $"{what} has the port name '{port.Name}', which is not a valid Kubernetes port name (at most 15 lower-case letters, digits and '-', with a letter).",
                    port.Location, "Use a short lower-case port name such as 'http' or 'grpc-web', or none.");
            }
        }
    }

    private void CheckMounts(int owner, ContainerDefinition container, string path, string what)
    {
        // Every mount kind, config and secret competes for the same container paths.
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        void Target(string mountPath, string? target, SourceLocation location)
        {
            if (target is null || !target.StartsWith('/'))
            {
                Report(owner, DiagnosticIds.InvalidMountPath, mountPath,
                    $"{what} mounts at '{target}', which is not an absolute container path.", location,
                    $"Start the container path with '/', such as '/{(target ?? string.Empty).TrimStart('.', '/')}'.");
                return;
            }
            var normalized = target.Length > 1 ? target.TrimEnd('/') : target;
            if (targets.TryGetValue(normalized, out var first))
            {
                Report(owner, DiagnosticIds.DuplicateMountTarget, mountPath,
                    $"{what} mounts two things at '{normalized}' ({first} and {mountPath}).", location);
                return;
            }
            targets.Add(normalized, mountPath);
        }

        for (var i = 0; i < container.Mounts.Count; i++)
        {
            var mount = container.Mounts[i];
            var mountPath = $"{path}.mounts[{Text(i)}]";
            Target(mountPath, mount.Target, mount.Location);
            switch (mount)
            {
                case VolumeMount volume:
                    CheckSameStack(owner, mountPath, $"{what} mounts volume", volume.Volume, mount.Location);
                    break;
                case TmpfsMount { Size: { } size } when !QuantityRules.IsValidMemory(size):
                    Report(owner, DiagnosticIds.InvalidQuantity, mountPath,
                        $"{what} limits the tmpfs at '{mount.Target}' to '{size}', which is not a positive memory quantity.", mount.Location,
                        "Use a memory quantity such as '64Mi' or '1Gi'.");
                    break;
                case BindMount bind:
                    CheckBindMount(owner, bind, mountPath, what);
                    break;
            }
        }
        for (var i = 0; i < container.Configs.Count; i++)
        {
            var reference = container.Configs[i];
            var configPath = $"{path}.configs[{Text(i)}]";
            Target(configPath, reference.EffectiveTarget, reference.Location);
            CheckSameStack(owner, configPath, $"{what} uses config", reference.Config, reference.Location);
        }
        for (var i = 0; i < container.Secrets.Count; i++)
        {
            var reference = container.Secrets[i];
            var secretPath = $"{path}.secrets[{Text(i)}]";
            Target(secretPath, reference.EffectiveTarget, reference.Location);
            CheckSameStack(owner, secretPath, $"{what} uses secret", reference.Secret, reference.Location);
        }
    }

    private void CheckBindMount(int owner, BindMount bind, string mountPath, string what)
    {
        if (!_kubernetes)
        {
            return;
        }
        if (bind.Kubernetes is null)
        {
            Report(owner, DiagnosticIds.BindMountWithoutKubernetesChoice, mountPath,
                $"{what} bind-mounts '{bind.Source}' at '{bind.Target}' without saying what it becomes on Kubernetes.", bind.Location,
                "Pass kubernetes: BindMountOnKubernetes.Skip (dev only), .ConfigMap, .NodeHostPath(path) or .PersistentVolumeClaim(name, size) to WithBindMount.");
            return;
        }
        if (bind.Kubernetes.Strategy == BindMountStrategy.PersistentVolumeClaim)
        {
            if (!NameRules.IsValidName(bind.Kubernetes.ClaimName))
            {
                Report(owner, DiagnosticIds.InvalidName, mountPath,
                    $"{what} replaces bind mount '{bind.Source}' by the claim '{bind.Kubernetes.ClaimName}', which is not a valid DNS label.", bind.Location);
            }
            if (!QuantityRules.IsValidMemory(bind.Kubernetes.Size))
            {
                Report(owner, DiagnosticIds.InvalidQuantity, mountPath,
                    $"{what} sizes the claim for bind mount '{bind.Source}' as '{bind.Kubernetes.Size}', which is not a positive size quantity.",
                    bind.Location, "Use a size quantity such as '1Gi'.");
            }
        }
        if (bind.Kubernetes.Strategy == BindMountStrategy.HostPath &&
            (bind.Kubernetes.HostPath is null || !bind.Kubernetes.HostPath.StartsWith('/')))
        {
            Report(owner, DiagnosticIds.InvalidMountPath, mountPath,
                $"{what} maps bind mount '{bind.Source}' to the node path '{bind.Kubernetes.HostPath}', which is not absolute.", bind.Location,
                "Pass an absolute node path to BindMountOnKubernetes.NodeHostPath, such as '/srv/data'.");
        }
    }

    private void CheckEnvironment(int owner, ContainerDefinition container, string path, string what)
    {
        foreach (var (name, value) in container.Environment)
        {
            var envPath = $"{path}.environment.{name}";
            if (!EnvironmentRules.IsValidName(name))
            {
                Report(owner, DiagnosticIds.InvalidEnvironmentName, envPath,
                    $"{what} sets the environment variable '{name}', whose name is invalid (expected [-._a-zA-Z][-._a-zA-Z0-9]*).", container.Location);
            }
            if (_kubernetes && EnvironmentRules.LooksLikeSecret(name, value))
            {
                Report(owner, DiagnosticIds.SecretLiteralInEnvironment, envPath,
                    $"{what} sets '{name}' to a literal value that looks like a secret; it would be written in plain text.", container.Location);
            }
        }
    }

    private void CheckResources(int owner, ContainerDefinition container, string path, string what)
    {
        var resources = container.Resources;
        var resourcePath = path + ".resources";
        var cpuRequestValid = CheckQuantity(owner, resources.CpuRequest, "CPU request", QuantityRules.IsValidCpu, resourcePath, what, container.Location);
        var cpuLimitValid = CheckQuantity(owner, resources.CpuLimit, "CPU limit", QuantityRules.IsValidCpu, resourcePath, what, container.Location);
        var memoryRequestValid = CheckQuantity(owner, resources.MemoryRequest, "memory request", QuantityRules.IsValidMemory, resourcePath, what, container.Location);
        var memoryLimitValid = CheckQuantity(owner, resources.MemoryLimit, "memory limit", QuantityRules.IsValidMemory, resourcePath, what, container.Location);
        if (cpuRequestValid && cpuLimitValid)
        {
            CheckLimitNotBelowRequest(owner, "CPU", resources.CpuRequest, resources.CpuLimit, resourcePath, what, container.Location);
        }
        if (memoryRequestValid && memoryLimitValid)
        {
            CheckLimitNotBelowRequest(owner, "memory", resources.MemoryRequest, resources.MemoryLimit, resourcePath, what, container.Location);
        }
    }

    /// <summary>Reports an invalid quantity; true when the value is present and valid.</summary>
    private bool CheckQuantity(int owner, string? value, string label, Func<string?, bool> isValid, string path, string what, SourceLocation location)
    {
        if (value is null)
        {
            return false;
        }
        if (isValid(value))
        {
            return true;
        }
        var example = label.StartsWith("CPU", StringComparison.Ordinal) ? "'250m', '0.5' or '2' (cores)" : "'128Mi', '1Gi' or '500M' (bytes)";
        Report(owner, DiagnosticIds.InvalidQuantity, path,
            $"{what} has the {label} '{value}', which is not a positive {(label.StartsWith("CPU", StringComparison.Ordinal) ? "CPU" : "memory")} quantity.",
            location, $"Use a quantity such as {example}.");
        return false;
    }

    private void CheckLimitNotBelowRequest(int owner, string resource, string? request, string? limit, string path, string what, SourceLocation location)
    {
        if (QuantityRules.TryParse(request, out var requested) && QuantityRules.TryParse(limit, out var limited) && limited < requested)
        {
            Report(owner, DiagnosticIds.InvalidQuantity, path,
                $"{what} limits {resource} to '{limit}', below its request '{request}'.", location,
                $"Raise the {resource} limit to at least '{request}', or lower the request.");
        }
    }

    private void CheckProbe(int owner, Probe probe, string path, string what, SourceLocation location)
    {
        var problems = new List<string>();
        if (probe.Interval <= TimeSpan.Zero)
        {
            problems.Add($"interval {DurationRules.Format(probe.Interval)} is not positive");
        }
        if (probe.Timeout <= TimeSpan.Zero)
        {
            problems.Add($"timeout {DurationRules.Format(probe.Timeout)} is not positive");
        }
        if (probe.Retries < 1)
        {
            problems.Add($"retries {Text(probe.Retries)} is below 1");
        }
        if (probe.StartPeriod < TimeSpan.Zero)
        {
            problems.Add("start period is negative");
        }
        if (probe.Kind is ProbeKind.Http or ProbeKind.Tcp && !PortRules.IsValidPort(probe.Port))
        {
            problems.Add($"port {Text(probe.Port)} is outside 1-65535");
        }
        if (probe.Kind == ProbeKind.Http && (probe.Path is null || !probe.Path.StartsWith('/')))
        {
            problems.Add($"HTTP path '{probe.Path}' does not start with '/'");
        }
        if (probe.Kind == ProbeKind.Exec && (probe.Command is null || probe.Command.Count == 0 || probe.Command.All(string.IsNullOrWhiteSpace)))
        {
            problems.Add("exec command is empty");
        }
        if (problems.Count > 0)
        {
            Report(owner, DiagnosticIds.InvalidProbe, path,
                $"{what} has an invalid health check: {string.Join("; ", problems)}.", location);
        }
    }

    private void CheckPodContainerNames(int owner, ServiceDefinition service, string path)
    {
        // The main container, sidecars and init containers share one namespace of container names in a pod.
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [service.Name ?? string.Empty] = path };
        void Add(ContainerDefinition container, string containerPath, string kind)
        {
            var name = container.Name ?? string.Empty;
            if (names.TryGetValue(name, out var first))
            {
                Report(owner, DiagnosticIds.DuplicateName, containerPath,
                    $"{kind} '{name}' of service '{service.Name}' has the same name as {first} in the same pod.", container.Location);
                return;
            }
            names.Add(name, containerPath);
        }
        foreach (var sidecar in service.Sidecars)
        {
            Add(sidecar, $"{path}.sidecars.{sidecar.Name}", "Sidecar");
        }
        foreach (var init in service.InitContainers)
        {
            Add(init, $"{path}.initContainers.{init.Name}", "Init container");
        }
    }

    private void CheckNetworking(int owner, ServiceDefinition service, string path)
    {
        if (service.NetworkMode != NetworkMode.Networks && service.Networks.Count > 0)
        {
            Report(owner, DiagnosticIds.NetworkModeWithNetworks, path,
                $"Service '{service.Name}' uses network mode {service.NetworkMode} and also joins network(s) {string.Join(", ", service.Networks.Select(n => "'" + n.Network.Name + "'"))}.",
                service.NetworkModeLocation ?? service.Location);
        }
        for (var i = 0; i < service.Networks.Count; i++)
        {
            var attachment = service.Networks[i];
            CheckSameStack(owner, $"{path}.networks[{Text(i)}]", $"Service '{service.Name}' joins network", attachment.Network, attachment.Location);
            foreach (var alias in attachment.Aliases)
            {
                if (!NameRules.IsValidName(alias))
                {
                    Report(owner, DiagnosticIds.InvalidName, $"{path}.networks[{Text(i)}]",
                        $"Service '{service.Name}' answers on network '{attachment.Network.Name}' to the alias '{alias}', which is not a valid DNS label.",
                        attachment.Location);
                }
            }
        }
    }

    private void CheckDependencies(int owner, ServiceDefinition service, string path)
    {
        for (var i = 0; i < service.DependsOn.Count; i++)
        {
            var dependency = service.DependsOn[i];
            var dependencyPath = $"{path}.dependsOn[{Text(i)}]";
            CheckSameStack(owner, dependencyPath, $"Service '{service.Name}' waits for service", dependency.Service, dependency.Location);
            if (dependency.Condition == DependencyCondition.Healthy && dependency.Service.HealthCheck is null)
            {
                Report(owner, DiagnosticIds.WaitForHealthyWithoutHealthCheck, dependencyPath,
                    $"Service '{service.Name}' waits for service '{dependency.Service.Name}' to be healthy, but '{dependency.Service.Name}' has no health check.",
                    dependency.Location,
                    $"Give '{dependency.Service.Name}' a health check with WithHealthCheck, or wait with DependencyCondition.Started.");
            }
        }
        for (var i = 0; i < service.Links.Count; i++)
        {
            var link = service.Links[i];
            var linkPath = $"{path}.links[{Text(i)}]";
            Report(owner, DiagnosticIds.LegacyLink, linkPath,
                link.Alias is null
                    ? $"Service '{service.Name}' links to service '{link.Service.Name}': links are legacy Compose and do not exist on Kubernetes."
                    : $"Service '{service.Name}' links to service '{link.Service.Name}' as '{link.Alias}': links are legacy Compose and do not exist on Kubernetes.",
                link.Location,
                link.Alias is null
                    ? $"Replace WithLink({link.Service.Name}) by WaitFor({link.Service.Name}); Compose networks already resolve the name '{link.Service.Name}'."
                    : $"Replace WithLink by WaitFor, and give '{link.Service.Name}' the network alias '{link.Alias}' with WithNetwork(network, aliases: new[] {{ \"{link.Alias}\" }}).");
            CheckSameStack(owner, linkPath, $"Service '{service.Name}' links to service", link.Service, link.Location);
        }
    }

    private void CheckWorkload(int owner, ServiceDefinition service, string path)
    {
        var replicasLocation = service.ReplicasLocation ?? service.Location;
        if (service.Replicas is < 0)
        {
            Report(owner, DiagnosticIds.InvalidReplicas, path,
                $"Service '{service.Name}' asks for {Text(service.Replicas.Value)} replicas.", replicasLocation,
                "Use zero or more replicas.");
        }
        if (service.RollingUpdate is { } update)
        {
            if (update.MaxSurge < 0 || update.MaxUnavailable < 0)
            {
                Report(owner, DiagnosticIds.InvalidReplicas, path + ".rollingUpdate",
                    $"Service '{service.Name}' has a rolling update with maxSurge {Text(update.MaxSurge)} and maxUnavailable {Text(update.MaxUnavailable)}; neither may be negative.",
                    service.Location, "Use WithRollingUpdate(maxSurge: 1, maxUnavailable: 0) or other non-negative values.");
            }
            else if (update.MaxSurge == 0 && update.MaxUnavailable == 0)
            {
                Report(owner, DiagnosticIds.InvalidReplicas, path + ".rollingUpdate",
                    $"Service '{service.Name}' has a rolling update with maxSurge 0 and maxUnavailable 0, so a rollout can never make progress.",
                    service.Location, "Allow one extra replica (maxSurge: 1) or one missing replica (maxUnavailable: 1).");
            }
        }
        if (service.ContainerName is not null && service.Replicas is > 1)
        {
            Report(owner, DiagnosticIds.ContainerNameWithReplicas, path,
                $"Service '{service.Name}' fixes the container name '{service.ContainerName}' but runs {Text(service.Replicas.Value)} replicas.",
                replicasLocation);
        }
        if (service.Workload == WorkloadKind.CronJob && !CronRules.IsValid(service.Schedule))
        {
            Report(owner, DiagnosticIds.InvalidSchedule, path,
                service.Schedule is null || service.Schedule.Trim().Length == 0
                    ? $"Service '{service.Name}' runs as a CronJob without a schedule."
                    : $"Service '{service.Name}' runs as a CronJob with the invalid schedule '{service.Schedule}'.",
                service.Location);
        }
    }

    private void CheckIngresses(int owner, ServiceDefinition service, string path)
    {
        for (var i = 0; i < service.Ingresses.Count; i++)
        {
            var ingress = service.Ingresses[i];
            var ingressPath = $"{path}.ingresses[{Text(i)}]";
            if (ingress.Port == 0)
            {
                Report(owner, DiagnosticIds.IngressWithoutPort, ingressPath,
                    $"Service '{service.Name}' routes host '{ingress.Host}' to no port: the service declares no port and none was given.",
                    ingress.Location);
            }
            else if (!PortRules.IsValidPort(ingress.Port))
            {
                Report(owner, DiagnosticIds.PortOutOfRange, ingressPath,
                    $"Service '{service.Name}' routes host '{ingress.Host}' to port {Text(ingress.Port)}, outside 1-65535.", ingress.Location);
            }
        }
    }

    /// <summary>ISH2012 when <paramref name="target"/> was declared in another stack: "<paramref name="reference"/> 'name' of stack 'other'".</summary>
    private void CheckSameStack(int owner, string path, string reference, StackObjectDefinition target, SourceLocation location)
    {
        if (!ReferenceEquals(target.Stack, _stack))
        {
            Report(owner, DiagnosticIds.ForeignReference, path,
                $"{reference} '{target.Name}' of stack '{target.Stack.Name}', not of this stack.", location);
        }
    }
}
