namespace InfraSharp.Yaml;

/// <summary>Where the fast YAML writers put text: a builder, a length counter or a fixed buffer.</summary>
internal interface IYamlOutput
{
    /// <summary>Appends one character.</summary>
    void Append(char value);

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    void Append(char value, int count);

    /// <summary>Appends text.</summary>
    void Append(ReadOnlySpan<char> value);
}
