using InfraSharp.Model;

namespace InfraSharp.Kubernetes;

/// <summary>The labels InfraSharp puts on Kubernetes objects; selectors are kept minimal so they never change.</summary>
internal static class KubernetesLabels
{
    public const string Name = "app.kubernetes.io/name";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string ManagedBy = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "infrasharp";
    public const string NetworkPrefix = "network.infrasharp.io/";
    public const string DependsOnAnnotation = "infrasharp.io/depends-on";

    /// <summary>The immutable selector of a service's pods.</summary>
    public static IDictionary<string, string> Selector(ServiceDefinition service) =>
        new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Name] = service.Name,
            [PartOf] = service.Stack.Name,
        };

    /// <summary>Labels of an object that belongs to the stack but to no single service.</summary>
    public static IDictionary<string, string> ForStack(StackDefinition stack, IReadOnlyDictionary<string, string>? own = null)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Merge(labels, stack.Labels);
        Merge(labels, own);
        // Ours win: a user label must not hide which stack and tool own the object.
        labels[PartOf] = stack.Name;
        labels[ManagedBy] = ManagedByValue;
        return labels;
    }

    /// <summary>Labels of a service's objects: selector + managed-by + stack labels + service labels.</summary>
    public static IDictionary<string, string> ForService(ServiceDefinition service)
    {
        var labels = ForStack(service.Stack, service.Labels);
        // The selector labels are applied last so that user labels can never break the selector match.
        foreach (var pair in Selector(service))
        {
            labels[pair.Key] = pair.Value;
        }
        return labels;
    }

    /// <summary>
    /// Pod template labels: the service labels plus one membership label per joined network. A service that joins
    /// no network is, as in Compose, a member of the stack's <c>default</c> network.
    /// </summary>
    public static IDictionary<string, string> ForPod(ServiceDefinition service)
    {
        var labels = ForService(service);
        if (service.NetworkMode == NetworkMode.Networks)
        {
            foreach (var attachment in service.Networks)
            {
                labels[NetworkLabel(attachment.Network)] = "true";
            }
            if (IsOnDefaultNetwork(service))
            {
                labels[DefaultNetworkLabel] = "true";
            }
        }
        return labels;
    }

    /// <summary>The name of Compose's implicit network, joined by services that name no network.</summary>
    public const string DefaultNetworkName = "default";

    /// <summary>The membership label of the implicit <c>default</c> network (the same as a declared network of that name).</summary>
    public const string DefaultNetworkLabel = NetworkPrefix + DefaultNetworkName;

    /// <summary>True when the service joins Compose's implicit <c>default</c> network.</summary>
    public static bool IsOnDefaultNetwork(ServiceDefinition service) =>
        service.NetworkMode == NetworkMode.Networks && service.Networks.Count == 0;

    /// <summary>The label that marks a pod as a member of <paramref name="network"/>.</summary>
    public static string NetworkLabel(NetworkDefinition network) => NetworkPrefix + KubernetesNames.ToDnsLabel(network.Name, "network");

    private static void Merge(IDictionary<string, string> target, IReadOnlyDictionary<string, string>? source)
    {
        if (source is null)
        {
            return;
        }
        foreach (var pair in source)
        {
            target[pair.Key] = pair.Value;
        }
    }
}
