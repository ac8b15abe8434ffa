using InfraSharp.Model;

namespace InfraSharp;

/// <summary>Configures non-secret configuration data; pass it to <c>WithConfig</c> to mount it.</summary>
public sealed class ConfigBuilder
{
    internal ConfigBuilder(ConfigDefinition definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public ConfigDefinition Definition { get; }

    /// <summary>The config name.</summary>
    public string Name => Definition.Name;

    /// <summary>The content is this file (relative to the project folder).</summary>
    public ConfigBuilder FromFile(string path) { Definition.File = path; return this; }

    /// <summary>The content is this text.</summary>
    public ConfigBuilder FromContent(string content) { Definition.Content = content; return this; }

    /// <summary>The config exists already outside the stack.</summary>
    public ConfigBuilder AsExternal() { Definition.External = true; return this; }
}
