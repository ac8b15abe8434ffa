using YamlDotNet.RepresentationModel;

namespace InfraSharp.Tests.Samples;

/// <summary>Parses YAML into a canonical text form (sorted keys, typed scalars kept as written) for structural comparison.</summary>
internal static class YamlTree
{
    public static string Canonical(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var writer = new StringWriter();
        foreach (var document in stream.Documents)
        {
            Write(document.RootNode, writer, 0);
            writer.WriteLine("---");
        }
        return writer.ToString();
    }

    private static void Write(YamlNode node, TextWriter writer, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children.OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal))
                {
                    writer.WriteLine($"{indent}{((YamlScalarNode)key).Value}:");
                    Write(value, writer, depth + 1);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    writer.WriteLine($"{indent}-");
                    Write(item, writer, depth + 1);
                }
                break;
            case YamlScalarNode scalar:
                // The style matters: a quoted "yes" is a string, a plain yes is a boolean to YAML 1.1 readers.
                var quoted = scalar.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted;
                writer.WriteLine($"{indent}{(quoted ? "str" : "plain")}:{scalar.Value}");
                break;
        }
    }
}
