using System.Collections.Immutable;
using InfraSharp.Generators.Analysis;
using InfraSharp.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSharp.Generators;

/// <summary>
/// Finds the classes marked <c>[Stack]</c> and generates <c>InfraSharp.Generated.StackRegistry</c> plus the assembly
/// attribute that names it, so the emit step needs no reflection scan. Classes of the wrong shape are skipped here and
/// reported by the ISH1001 analyzer.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StackRegistryGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var stacks = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.StackAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributeContext, _) => StackRegistryParser.Parse(attributeContext))
            .WithTrackingName(TrackingNames.StackClasses)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ValidStacks);

        var registry = stacks
            .Collect()
            .Select(static (specs, _) => StackRegistryParser.Gather(specs))
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (output, spec) =>
        {
            if (spec.Stacks.Count > 0)
            {
                output.AddSource(StackRegistryEmitter.HintName, StackRegistryEmitter.Emit(spec));
            }
        });
    }
}
