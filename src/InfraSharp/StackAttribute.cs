namespace InfraSharp;

/// <summary>
/// Marks a static class whose <c>public static void Define(IStackBuilder stack)</c> method describes one stack.
/// The build discovers marked classes and writes their Compose and Kubernetes files.
/// </summary>
/// <example>
/// <code>
/// [Stack("shop")]
/// public static class Shop
/// {
///     public static void Define(IStackBuilder stack) => stack.AddService("web").WithImage("nginx:1.27");
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StackAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The stack name: the Compose project and the Kubernetes <c>app.kubernetes.io/part-of</c> label.</param>
    public StackAttribute(string name) => Name = name;

    /// <summary>The stack name.</summary>
    public string Name { get; }
}
