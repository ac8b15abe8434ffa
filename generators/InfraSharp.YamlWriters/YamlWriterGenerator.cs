using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.YamlWriters;

/// <summary>
/// For each <c>static partial</c> class marked <c>[InfraSharp.Yaml.GeneratedYamlWriter(typeof(Root), ...)]</c>, generates
/// <c>TryWriteGenerated(object value, YamlTreeWriter writer)</c>: one method per model type reachable from the roots,
/// writing the properties that System.Text.Json would write, in its order, with its names. Whatever the generated
/// code cannot write the way the serializer would (other converters, dates, <c>object</c> values...) makes it return
/// false, and the caller serializes that document the straightforward way.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class YamlWriterGenerator : IIncrementalGenerator
{
    internal const string AttributeName = "InfraSharp.Yaml.GeneratedYamlWriterAttribute";

    /// <summary>The tracking name of the step that turns a marked class into its generated file (for caching tests).</summary>
    public const string WriterSourcesStep = "YamlWriterSources";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var writers = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => WriterSource.Create((INamedTypeSymbol)attributeContext.TargetSymbol, attributeContext.Attributes[0], cancellationToken))
            .WithTrackingName(WriterSourcesStep);
        context.RegisterSourceOutput(writers, static (output, source) => output.AddSource(source.HintName, source.Text));
    }
}

/// <summary>One generated file: plain strings, so the pipeline caches it by value.</summary>
internal sealed record WriterSource(string HintName, string Text)
{
    public static WriterSource Create(INamedTypeSymbol target, AttributeData attribute, CancellationToken cancellationToken)
    {
        var roots = new List<INamedTypeSymbol>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            // A null array (or a missing or broken argument) gives no roots, never an exception.
            var values = argument.Kind != TypedConstantKind.Array ? new[] { argument } : argument.IsNull ? [] : (IEnumerable<TypedConstant>)argument.Values;
            roots.AddRange(values.Select(value => value.Value).OfType<INamedTypeSymbol>());
        }
        var camelCase = attribute.NamedArguments.Any(named => named.Key == "CamelCase" && named.Value.Value is true);
        var text = new WriterEmitter(target, roots, camelCase, cancellationToken).Emit();
        return new WriterSource(target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty) + ".g.cs", text);
    }
}
