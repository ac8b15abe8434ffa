using System.Collections.Concurrent;
using System.Collections.Immutable;
using InfraSharp.Generators.Analysis;
using InfraSharp.Generators.Diagnostics.Rules;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSharp.Generators.Diagnostics.Analyzers;

/// <summary>
/// Checks <c>[Stack]</c> classes: ISH1001 (the shape the registry needs; the generator skips the same classes),
/// ISH2001 (the stack name) and ISH1002 (two stacks of one project with one name; the only compilation-wide rule).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StackClassAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.StackClassShape,
        DiagnosticDescriptors.DuplicateStackName,
        DiagnosticDescriptors.InvalidName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attributeType = start.Compilation.GetTypeByMetadataName(KnownTypes.StackAttribute);
            if (attributeType is null)
            {
                return;
            }
            var stacks = new ConcurrentBag<(string Name, INamedTypeSymbol Type, Location Location)>();
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, attributeType, stacks), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => ReportDuplicateNames(end, stacks));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeType,
        ConcurrentBag<(string Name, INamedTypeSymbol Type, Location Location)> stacks)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = type.GetAttributes().FirstOrDefault(data => InfraSharpSymbols.Same(data.AttributeClass, attributeType));
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return;
        }
        var name = attribute.ConstructorArguments[0].Value as string;
        var nameLocation = NameArgumentLocation(attribute) ?? type.Locations.FirstOrDefault() ?? Location.None;

        var problem = StackClassShape.FindProblem(type);
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StackClassShape, type.Locations.FirstOrDefault(), name ?? type.Name, problem));
        }
        if (name is not null && !NameRules.IsValidName(name))
        {
            context.ReportDiagnostic(InvalidNameRule.Create(nameLocation, "stack", name));
        }
        if (name is not null)
        {
            stacks.Add((name, type, nameLocation));
        }
    }

    private static Location? NameArgumentLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
            ? arguments[0].Expression.GetLocation()
            : null;

    private static void ReportDuplicateNames(CompilationAnalysisContext context,
        ConcurrentBag<(string Name, INamedTypeSymbol Type, Location Location)> stacks)
    {
        // Sorted so the first declaration (by file and position) is the one kept.
        var ordered = stacks
            .OrderBy(stack => stack.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(stack => stack.Location.SourceSpan.Start);
        var first = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
        foreach (var stack in ordered)
        {
            if (first.TryGetValue(stack.Name, out var earlier))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateStackName, stack.Location, stack.Name, earlier.ToDisplayString()));
            }
            else
            {
                first[stack.Name] = stack.Type;
            }
        }
    }
}
