using System.Text;

namespace InfraSharp.Yaml;

/// <summary><see cref="IYamlOutput"/> over a <see cref="StringBuilder"/>.</summary>
internal readonly struct StringBuilderOutput(StringBuilder builder) : IYamlOutput
{
    public void Append(char value) => builder.Append(value);

    public void Append(char value, int count) => builder.Append(value, count);

    public void Append(ReadOnlySpan<char> value) => builder.Append(value);
}
