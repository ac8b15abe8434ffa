using System.Globalization;
using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>State shared by the factories while one stack becomes Kubernetes objects.</summary>
internal sealed class KubernetesBuild
{
    public KubernetesBuild(StackDefinition stack, EmitContext context)
    {
        Stack = stack;
        Context = context;
        Namespace = string.IsNullOrWhiteSpace(stack.Namespace) ? null : stack.Namespace;
    }

    public StackDefinition Stack { get; }

    public EmitContext Context { get; }

    /// <summary>The namespace of every namespaced object; null when the stack sets none.</summary>
    public string? Namespace { get; }

    /// <summary>The objects in creation order.</summary>
    public List<IKubernetesObject> Objects { get; } = new();

    /// <summary>ConfigMap names in use (stack configs and bind-mount ConfigMaps share the namespace).</summary>
    public HashSet<string> ConfigMapNames { get; } = new(StringComparer.Ordinal);

    /// <summary>PersistentVolumeClaims already emitted, by claim name.</summary>
    public HashSet<string> ClaimNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Metadata of a namespaced object.</summary>
    public V1ObjectMeta Metadata(string name, IDictionary<string, string> labels) =>
        new() { Name = name, NamespaceProperty = Namespace, Labels = labels };

    /// <summary>Reports something Kubernetes cannot express (ISH4004, info).</summary>
    public void NotExpressible(string objectPath, string message, string fix, SourceLocation? location = null) =>
        Context.Report(DiagnosticIds.NotExpressibleInKubernetes, Severity.Info, objectPath, message, fix, location);

    /// <summary>Parses a quantity; an invalid one is reported (ISH2008) instead of throwing.</summary>
    public ResourceQuantity? Quantity(string? value, string objectPath, SourceLocation? location = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        try
        {
            return new ResourceQuantity(value.Trim());
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            Context.Report(DiagnosticIds.InvalidQuantity, Severity.Error, objectPath,
                $"'{value}' is not a Kubernetes quantity.", "Use a quantity such as 250m, 0.5, 512Mi or 10Gi.", location);
            return null;
        }
    }

    /// <summary>Runs a user escape hatch; an exception becomes an ISH5001 error instead of a crash.</summary>
    public void Customize<T>(IEnumerable<Action<T>> customizations, T target, string objectPath, SourceLocation? location = null)
    {
        foreach (var customize in customizations)
        {
            try
            {
                customize(target);
            }
            catch (Exception exception)
            {
                Context.Report(DiagnosticIds.StackFailed, Severity.Error, objectPath,
                    string.Create(CultureInfo.InvariantCulture, $"a Kubernetes customization threw {exception.GetType().Name}: {exception.Message}"),
                    "Fix the callback passed to the Configure* method.", location);
            }
        }
    }
}
