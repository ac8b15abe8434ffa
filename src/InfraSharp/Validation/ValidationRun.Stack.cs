using InfraSharp.Model;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation;

// Rules about the stack itself, its top-level objects, and whole-stack rules (duplicates, host ports, cycles).
internal sealed partial class ValidationRun
{
    private void CheckStack()
    {
        CheckName(StackOwner, $"Stack '{_stack.Name}'", _stack.Name, "name", _stack.Location);
        if (_stack.Namespace is { } kubernetesNamespace)
        {
            CheckName(StackOwner, $"Kubernetes namespace of stack '{_stack.Name}'", kubernetesNamespace, "namespace", _stack.Location);
        }
        CheckWaitImage();
    }

    // The image of the Kubernetes wait init containers is checked like a service image.
    private void CheckWaitImage()
    {
        if (_stack.KubernetesWaitImage is not { } image)
        {
            return;
        }
        const string path = "kubernetesWaitImage";
        var what = $"The Kubernetes wait image of stack '{_stack.Name}'";
        var location = _stack.KubernetesWaitImageLocation ?? _stack.Location;
        if (!ImageReferenceRules.IsValid(image))
        {
            Report(StackOwner, DiagnosticIds.InvalidImageReference, path,
                $"{what} is the invalid image reference '{image}' (expected [registry[:port]/]path[:tag][@digest], path in lower case).",
                location);
        }
        else if (_kubernetes && !ImageReferenceRules.HasPinnedTag(image))
        {
            var tag = ImageReferenceRules.GetTag(image);
            Report(StackOwner, DiagnosticIds.LatestOrMissingTag, path,
                tag is null ? $"{what} is '{image}' without a tag, which means 'latest'." : $"{what} is '{image}' with the moving tag 'latest'.",
                location,
                $"Pin a version tag or a digest, such as '{Repository(image)}:<version>' or '{Repository(image)}@sha256:<digest>'.");
        }
    }

    private void CheckVolumes()
    {
        for (var i = 0; i < _stack.Volumes.Count; i++)
        {
            var volume = _stack.Volumes[i];
            var path = "volumes." + volume.Name;
            CheckName(VolumeOwner(i), $"Volume '{volume.Name}'", volume.Name, path, volume.Location);
            if (volume.Size is { } size && !QuantityRules.IsValidMemory(size))
            {
                Report(VolumeOwner(i), DiagnosticIds.InvalidQuantity, path,
                    $"Volume '{volume.Name}' has the size '{size}', which is not a positive size quantity.", volume.Location,
                    "Use a size quantity such as '10Gi' or '500Mi'.");
            }
        }
    }

    private void CheckNetworks()
    {
        for (var i = 0; i < _stack.Networks.Count; i++)
        {
            var network = _stack.Networks[i];
            CheckName(NetworkOwner(i), $"Network '{network.Name}'", network.Name, "networks." + network.Name, network.Location);
        }
    }

    private void CheckConfigs()
    {
        for (var i = 0; i < _stack.Configs.Count; i++)
        {
            var config = _stack.Configs[i];
            var path = "configs." + config.Name;
            CheckName(ConfigOwner(i), $"Config '{config.Name}'", config.Name, path, config.Location, subdomain: true);
            if (!config.External && config.File is null && config.Content is null)
            {
                Report(ConfigOwner(i), DiagnosticIds.MissingSource, path,
                    $"Config '{config.Name}' has no source: no file, no content, and it is not external.", config.Location,
                    $"Call FromFile(\"{config.Name}.conf\"), FromContent(\"...\") or AsExternal() on config '{config.Name}'.");
            }
        }
    }

    private void CheckSecrets()
    {
        for (var i = 0; i < _stack.Secrets.Count; i++)
        {
            var secret = _stack.Secrets[i];
            var path = "secrets." + secret.Name;
            CheckName(SecretOwner(i), $"Secret '{secret.Name}'", secret.Name, path, secret.Location, subdomain: true);
            if (!secret.External && secret.File is null && secret.EnvironmentVariable is null)
            {
                Report(SecretOwner(i), DiagnosticIds.MissingSource, path,
                    $"Secret '{secret.Name}' has no source: no file, no environment variable, and it is not external.", secret.Location,
                    $"Call FromFile(\"secrets/{secret.Name}.txt\"), FromEnvironment(\"VARIABLE\") or AsExternal() on secret '{secret.Name}'.");
            }
        }
    }

    private void CheckDuplicateNames()
    {
        CheckDuplicates("Service", "services", _stack.Services, s => s.Name, s => s.Location, ServiceOwner);
        CheckDuplicates("Volume", "volumes", _stack.Volumes, v => v.Name, v => v.Location, VolumeOwner);
        CheckDuplicates("Network", "networks", _stack.Networks, n => n.Name, n => n.Location, NetworkOwner);
        CheckDuplicates("Config", "configs", _stack.Configs, c => c.Name, c => c.Location, ConfigOwner);
        CheckDuplicates("Secret", "secrets", _stack.Secrets, s => s.Name, s => s.Location, SecretOwner);
        CheckGeneratedServiceNames();
    }

    private void CheckDuplicates<T>(string kind, string section, List<T> items, Func<T, string> name, Func<T, SourceLocation> location, Func<int, int> owner)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemName = name(items[i]) ?? string.Empty;
            if (first.TryGetValue(itemName, out var earlier))
            {
                Report(owner(i), DiagnosticIds.DuplicateName, $"{section}.{itemName}",
                    $"{kind} '{itemName}' is declared twice{Where(location(earlier))}.", location(items[i]),
                    $"Rename one of the two {section} named '{itemName}'.");
                continue;
            }
            first.Add(itemName, items[i]);
        }
    }

    // In Compose, sidecars and init containers become sibling services named <service>-<container>.
    private void CheckGeneratedServiceNames()
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in _stack.Services)
        {
            taken.TryAdd(service.Name ?? string.Empty, "services." + service.Name);
        }
        for (var i = 0; i < _stack.Services.Count; i++)
        {
            var service = _stack.Services[i];
            var companions = service.Sidecars.Select(c => (Container: c, Path: $"services.{service.Name}.sidecars.{c.Name}", Kind: "Sidecar"))
                .Concat(service.InitContainers.Select(c => (Container: c, Path: $"services.{service.Name}.initContainers.{c.Name}", Kind: "Init container")));
            foreach (var (container, path, kind) in companions)
            {
                var generated = $"{service.Name}-{container.Name}";
                if (taken.TryGetValue(generated, out var owner))
                {
                    if (owner.StartsWith($"services.{service.Name}.", StringComparison.Ordinal))
                    {
                        continue; // Two containers of one pod with one name: reported once by the pod check.
                    }
                    Report(ServiceOwner(i), DiagnosticIds.DuplicateName, path,
                        $"{kind} '{container.Name}' of service '{service.Name}' becomes the Compose service '{generated}', which {owner} already uses.",
                        container.Location, $"Rename the {kind.ToLowerInvariant()} '{container.Name}' or the other object.");
                    continue;
                }
                taken.Add(generated, path);
            }
        }
    }

    private void CheckHostPortClashes()
    {
        var published = new List<(string HostIp, PortProtocol Protocol, int Port, string Path)>();
        for (var i = 0; i < _stack.Services.Count; i++)
        {
            var service = _stack.Services[i];
            var containers = service.Sidecars.Select(c => (Container: c, Path: $"services.{service.Name}.sidecars.{c.Name}"))
                .Prepend((Container: (ContainerDefinition)service, Path: "services." + service.Name));
            foreach (var (container, containerPath) in containers)
            {
                for (var p = 0; p < container.Ports.Count; p++)
                {
                    var port = container.Ports[p];
                    if (port.PublishedPort is not { } hostPort || !PortRules.IsValidPort(hostPort))
                    {
                        continue;
                    }
                    var hostIp = NormalizeHostIp(port.HostIp);
                    var portPath = $"{containerPath}.ports[{Text(p)}]";
                    var clash = published.FirstOrDefault(e => e.Port == hostPort && e.Protocol == port.Protocol &&
                        (e.HostIp == hostIp || e.HostIp.Length == 0 || hostIp.Length == 0));
                    if (clash.Path is not null)
                    {
                        var address = hostIp.Length == 0 ? "all host addresses" : "host address " + hostIp;
                        Report(ServiceOwner(i), DiagnosticIds.HostPortPublishedTwice, portPath,
                            $"Host port {Text(hostPort)}/{port.Protocol.ToString().ToLowerInvariant()} on {address} is published by both {clash.Path} and {portPath}.",
                            port.Location, $"Publish a different host port here, such as WithPort({Text(port.ContainerPort)}, hostPort: {Text(FreeHostPort(published, hostPort))}).");
                        continue;
                    }
                    published.Add((hostIp, port.Protocol, hostPort, portPath));
                }
            }
        }
    }

    // Empty means "every address": it clashes with any binding of the same port.
    private static string NormalizeHostIp(string? hostIp) =>
        hostIp is null || hostIp.Length == 0 || hostIp == "0.0.0.0" || hostIp == "::" || hostIp == "[::]" ? string.Empty : hostIp;

    private static int FreeHostPort(List<(string HostIp, PortProtocol Protocol, int Port, string Path)> published, int start)
    {
        for (var candidate = start + 1; candidate <= PortRules.MaxPort; candidate++)
        {
            if (published.All(e => e.Port != candidate))
            {
                return candidate;
            }
        }
        return PortRules.MinPort;
    }

    // Start order (WaitFor and links, which Compose also treats as dependencies) must be acyclic.
    private void CheckDependencyCycles()
    {
        var services = _stack.Services;
        var index = new Dictionary<ServiceDefinition, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < services.Count; i++)
        {
            index.TryAdd(services[i], i);
        }
        var edges = services
            .Select(s => s.DependsOn.Select(d => (Target: d.Service, d.Location))
                .Concat(s.Links.Select(l => (Target: l.Service, l.Location)))
                .Where(e => index.ContainsKey(e.Target))
                .Select(e => (Target: index[e.Target], e.Location))
                .ToList())
            .ToList();
        var state = new int[services.Count]; // 0 unvisited, 1 on the current path, 2 done
        var stack = new List<int>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Visit(int node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var (target, _) in edges[node])
            {
                if (state[target] == 0)
                {
                    Visit(target);
                }
                else if (state[target] == 1)
                {
                    ReportCycle(stack.Skip(stack.IndexOf(target)).ToList());
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        void ReportCycle(List<int> cycle)
        {
            // Start at the earliest declared member so a cycle reads the same whichever service the search began at.
            var start = cycle.IndexOf(cycle.Min());
            var ordered = cycle.Skip(start).Concat(cycle.Take(start)).ToList();
            var key = string.Join(",", ordered.Select(Text));
            if (!reported.Add(key))
            {
                return;
            }
            var names = ordered.Select(n => services[n].Name).Append(services[ordered[0]].Name);
            var next = ordered.Count > 1 ? ordered[1] : ordered[0];
            var location = edges[ordered[0]].First(e => e.Target == next).Location;
            Report(ServiceOwner(ordered[0]), DiagnosticIds.DependencyCycle, "services." + services[ordered[0]].Name,
                $"Services wait for each other in a cycle: {string.Join(" -> ", names)}.", location,
                $"Remove one WaitFor (or link) of the cycle, such as the one of '{services[ordered[0]].Name}' on '{services[next].Name}'.");
        }

        for (var i = 0; i < services.Count; i++)
        {
            if (state[i] == 0)
            {
                Visit(i);
            }
        }
    }
}
