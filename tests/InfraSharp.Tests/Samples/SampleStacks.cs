using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Testing;

namespace InfraSharp.Tests.Samples;

/// <summary>The bundled samples, built and emitted the way their console entry points do.</summary>
internal static class SampleStacks
{
    public static IEnumerable<object[]> Names => [["course"], ["shop"]];

    public static StackDefinition Build(string name) => name switch
    {
        "course" => StackBuilder.Build("course", Course.CourseStack.Define),
        "shop" => StackBuilder.Build("shop", Shop.ShopStack.Define),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static string ProjectDirectory(string name) =>
        Path.Combine(RepositoryPaths.Samples, char.ToUpperInvariant(name[0]) + name[1..]);

    public static EmitResult Emit(string name) => StackEmitter.Emit(Build(name), EmitOptions.ForProject(ProjectDirectory(name)));
}
