using System.Reflection;
using System.Runtime.CompilerServices;
using InfraSharp.Compose;
using InfraSharp.Model;
using k8s;

namespace InfraSharp;

/// <summary>Records a stack's declarations into a <see cref="StackDefinition"/>.</summary>
public sealed class StackBuilder : IStackBuilder
{
    private StackBuilder(StackDefinition definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public StackDefinition Definition { get; }

    /// <inheritdoc />
    public string Name => Definition.Name;

    /// <summary>Runs <paramref name="define"/> against a new builder and returns the recorded model.</summary>
    /// <example><code>var shop = StackBuilder.Build("shop", Shop.Define);</code></example>
    public static StackDefinition Build(string name, Action<IStackBuilder> define,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(define);
        var builder = new StackBuilder(new StackDefinition(name ?? string.Empty, SourceLocation.From(file, line)));
        define(builder);
        return builder.Definition;
    }

    /// <summary>
    /// Builds the stack of a class marked with <see cref="StackAttribute"/> whose
    /// <c>public static void Define(IStackBuilder)</c> describes it.
    /// </summary>
    /// <exception cref="ArgumentException">The type is not a stack class.</exception>
    public static StackDefinition Build(Type stackType)
    {
        ArgumentNullException.ThrowIfNull(stackType);
        var attribute = stackType.GetCustomAttribute<StackAttribute>()
            ?? throw new ArgumentException($"{stackType.FullName} has no [Stack] attribute.", nameof(stackType));
        var define = stackType.GetMethod("Define", BindingFlags.Public | BindingFlags.Static, [typeof(IStackBuilder)])
            ?? throw new ArgumentException(
                $"Stack '{attribute.Name}' ({stackType.FullName}) needs 'public static void Define(IStackBuilder stack)'.", nameof(stackType));
        return Build(attribute.Name, stack => define.Invoke(null, [stack]));
    }

    /// <inheritdoc />
    public IStackBuilder WithNamespace(string kubernetesNamespace)
    {
        Definition.Namespace = kubernetesNamespace;
        return this;
    }

    /// <inheritdoc />
    public IStackBuilder WithLabel(string key, string value)
    {
        Definition.Labels[key] = value;
        return this;
    }

    /// <inheritdoc />
    public IStackBuilder WithKubernetesWaitImage(string image, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Definition.KubernetesWaitImage = image;
        Definition.KubernetesWaitImageLocation = SourceLocation.From(file, line);
        return this;
    }

    /// <inheritdoc />
    public ServiceBuilder AddService(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var service = new ServiceDefinition(Definition, name ?? string.Empty, SourceLocation.From(file, line));
        Definition.Services.Add(service);
        return new ServiceBuilder(service);
    }

    /// <inheritdoc />
    public VolumeBuilder AddVolume(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var volume = new VolumeDefinition(Definition, name ?? string.Empty, SourceLocation.From(file, line));
        Definition.Volumes.Add(volume);
        return new VolumeBuilder(volume);
    }

    /// <inheritdoc />
    public NetworkBuilder AddNetwork(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var network = new NetworkDefinition(Definition, name ?? string.Empty, SourceLocation.From(file, line));
        Definition.Networks.Add(network);
        return new NetworkBuilder(network);
    }

    /// <inheritdoc />
    public ConfigBuilder AddConfig(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var config = new ConfigDefinition(Definition, name ?? string.Empty, SourceLocation.From(file, line));
        Definition.Configs.Add(config);
        return new ConfigBuilder(config);
    }

    /// <inheritdoc />
    public SecretBuilder AddSecret(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var secret = new SecretDefinition(Definition, name ?? string.Empty, SourceLocation.From(file, line));
        Definition.Secrets.Add(secret);
        return new SecretBuilder(secret);
    }

    /// <inheritdoc />
    public IStackBuilder ConfigureCompose(Action<ComposeFile> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.ComposeCustomizations.Add(configure);
        return this;
    }

    /// <inheritdoc />
    public IStackBuilder ConfigureKubernetes(Action<IList<IKubernetesObject>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Definition.KubernetesCustomizations.Add(configure);
        return this;
    }
}
