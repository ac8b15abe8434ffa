using System.Collections.Immutable;
using InfraSharp.Generators.Analysis;
using InfraSharp.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators;

/// <summary>Turns symbols into the generator's plain models; the only place the generator touches symbols.</summary>
internal static class StackRegistryParser
{
    private static readonly SymbolDisplayFormat DisplayFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    /// <summary>Returns the stack of a marked class, or null when it cannot be registered (ISH1001 says why).</summary>
    public static StackSpec? Parse(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length != 1)
        {
            return null;
        }
        var arguments = context.Attributes[0].ConstructorArguments;
        if (arguments.Length != 1 || arguments[0].Kind == TypedConstantKind.Error || arguments[0].Value is not string name)
        {
            return null;
        }
        if (StackClassShape.FindProblem(type) is not null)
        {
            return null;
        }
        return new StackSpec(
            name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.ToDisplayString(DisplayFormat));
    }

    /// <summary>Sorts the stacks so the generated file does not depend on file order.</summary>
    public static RegistrySpec Gather(ImmutableArray<StackSpec> specs) =>
        new(new EquatableArray<StackSpec>(specs
            .OrderBy(spec => spec.Name, StringComparer.Ordinal)
            .ThenBy(spec => spec.TypeName, StringComparer.Ordinal)));
}
