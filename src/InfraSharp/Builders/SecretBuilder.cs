using InfraSharp.Model;

namespace InfraSharp;

/// <summary>Configures a secret; pass it to <c>WithSecret</c> to mount it. Its value never appears in output.</summary>
public sealed class SecretBuilder
{
    internal SecretBuilder(SecretDefinition definition) => Definition = definition;

    /// <summary>The model being built.</summary>
    public SecretDefinition Definition { get; }

    /// <summary>The secret name.</summary>
    public string Name => Definition.Name;

    /// <summary>The value is read from this file at deploy time (relative to the project folder).</summary>
    public SecretBuilder FromFile(string path) { Definition.File = path; return this; }

    /// <summary>The value is read from this environment variable at deploy time.</summary>
    public SecretBuilder FromEnvironment(string variable) { Definition.EnvironmentVariable = variable; return this; }

    /// <summary>The secret exists already outside the stack.</summary>
    public SecretBuilder AsExternal() { Definition.External = true; return this; }
}
