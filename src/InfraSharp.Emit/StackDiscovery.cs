using System.Reflection;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Finds the stacks of a user assembly: the registry that InfraSharp's source generator writes when there is one,
/// otherwise a scan for classes marked <see cref="StackAttribute"/>.
/// </summary>
internal static class StackDiscovery
{
    public static IReadOnlyList<DiscoveredStack> Find(Assembly assembly, PdbSourceLocator symbols)
    {
        var stacks = StackRegistryReader.TryRead(assembly, symbols) ?? Scan(assembly, symbols);
        return stacks.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static List<DiscoveredStack> Scan(Assembly assembly, PdbSourceLocator symbols)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            // Types whose dependencies are missing cannot be stacks we could run anyway.
            types = ex.Types;
        }
        var stacks = new List<DiscoveredStack>();
        foreach (var type in types.OfType<Type>())
        {
            StackAttribute? attribute;
            try
            {
                attribute = type.GetCustomAttribute<StackAttribute>();
            }
            catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or CustomAttributeFormatException)
            {
                continue;
            }
            if (attribute is not null)
            {
                stacks.Add(FromType(type, attribute.Name ?? string.Empty, symbols));
            }
        }
        return stacks;
    }

    /// <summary>Turns a stack class into a runnable stack, or one that reports why it cannot run.</summary>
    public static DiscoveredStack FromType(Type type, string name, PdbSourceLocator symbols)
    {
        var define = type.GetMethod("Define", BindingFlags.Public | BindingFlags.Static, [typeof(IStackBuilder)]);
        if (define is null || define.ReturnType != typeof(void) || define.ContainsGenericParameters)
        {
            var anyMethod = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .FirstOrDefault(m => m.DeclaringType == type);
            return new DiscoveredStack(name, null, anyMethod is null ? null : symbols.Locate(anyMethod),
                $"stack class {type.FullName} needs 'public static void Define(IStackBuilder stack)'.");
        }
        return new DiscoveredStack(name, define.CreateDelegate<Action<IStackBuilder>>(), symbols.Locate(define), null);
    }
}
