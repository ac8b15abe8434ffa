using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Testing;

/// <summary>
/// The bundled samples, built and emitted as their build does (linked into every test project; only the projects that
/// reference the sample projects call it).
/// </summary>
internal static class SampleStacks
{
    /// <summary>The sample stacks as theory data.</summary>
    public static IEnumerable<object[]> Names => [["course"], ["shop"]];

    /// <summary>The sample's project folder.</summary>
    public static string ProjectDirectory(string name) =>
        Path.Combine(RepositoryPaths.Samples, char.ToUpperInvariant(name[0]) + name[1..]);

    /// <summary>Builds the sample through its [Stack] class, as the emit host does.</summary>
    public static StackDefinition Build(string name) =>
        StackBuilder.Build(Type.GetType(SampleTypeName(name), throwOnError: true)!);

    /// <summary>Emits the sample as its build does (output in deploy/&lt;stack&gt;/ beside the project).</summary>
    public static EmitResult Emit(string name, EmitTargets targets = EmitTargets.All) =>
        StackEmitter.Emit(Build(name), EmitOptions.ForProject(ProjectDirectory(name)) with { Targets = targets });

    private static string SampleTypeName(string name) => name switch
    {
        "course" => "Course.CourseStack, Course",
        "shop" => "Shop.ShopStack, Shop",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a bundled sample"),
    };
}
