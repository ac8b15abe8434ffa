extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSharp.Generators.Tests;

/// <summary>
/// References for in-memory test compilations: the running .NET runtime's assemblies (no reference pack download)
/// plus InfraSharp and the libraries its public API mentions.
/// </summary>
internal static class TestCompilation
{
    static TestCompilation()
    {
        // Analyzer bugs must fail tests rather than be swallowed.
        AnalyzerFailurePolicy.Rethrow = true;
    }

    public static ImmutableArray<MetadataReference> References { get; } = CreateReferences();

    /// <summary>An empty reference set: the references come from <see cref="References"/>.</summary>
    public static ReferenceAssemblies NoReferenceAssemblies { get; } = new("net10.0");

    public static string RepositoryRoot => InfraSharp.Testing.RepositoryPaths.Root;

    public static void EnsureInitialized() => _ = References;

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "TestStacks",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"/src/Stack{index}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeFolder, StringComparison.Ordinal))
            .Append(typeof(runtime::InfraSharp.StackBuilder).Assembly.Location)
            .Append(typeof(k8s.IKubernetesObject).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal);
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
