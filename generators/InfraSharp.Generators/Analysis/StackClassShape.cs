using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Analysis;

/// <summary>
/// Decides whether a <c>[Stack]</c> class can be registered: the generator registers exactly the classes this accepts
/// and the ISH1001 analyzer reports the others, so both agree.
/// </summary>
internal static class StackClassShape
{
    /// <summary>Returns why <paramref name="type"/> is not a usable stack class, or null when it is.</summary>
    public static string? FindProblem(INamedTypeSymbol type)
    {
        if (!type.IsStatic)
        {
            return $"'{type.Name}' must be a static class";
        }
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return $"'{type.Name}' is generic or nested in a generic type; a stack class cannot have type parameters";
            }
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return $"'{current.Name}' must be public or internal so the stack registry can call it";
            }
        }

        foreach (var member in type.GetMembers(KnownTypes.DefineMethodName))
        {
            if (member is IMethodSymbol method && IsDefineMethod(method))
            {
                return null;
            }
        }
        return $"'{type.Name}' needs a method 'public static void Define(IStackBuilder stack)'";
    }

    private static bool IsDefineMethod(IMethodSymbol method) =>
        method.IsStatic &&
        method.DeclaredAccessibility == Accessibility.Public &&
        method.ReturnsVoid &&
        !method.IsGenericMethod &&
        method.Parameters.Length == 1 &&
        method.Parameters[0].RefKind == RefKind.None &&
        IsStackBuilderInterface(method.Parameters[0].Type);

    private static bool IsStackBuilderInterface(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "IStackBuilder", ContainingNamespace: { Name: "InfraSharp", ContainingNamespace.IsGlobalNamespace: true } };
}
