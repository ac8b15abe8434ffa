using InfraSharp.Model;

namespace InfraSharp.Registry;

/// <summary>One stack of a <see cref="IStackRegistry"/>: its name and the method that defines it.</summary>
public sealed class StackEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="name">The stack name given to <see cref="StackAttribute"/>.</param>
    /// <param name="define">The stack class's <c>Define</c> method.</param>
    /// <param name="typeName">The full name of the stack class, for messages.</param>
    public StackEntry(string name, Action<IStackBuilder> define, string typeName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(define);
        ArgumentNullException.ThrowIfNull(typeName);
        Name = name;
        Define = define;
        TypeName = typeName;
    }

    /// <summary>The stack name.</summary>
    public string Name { get; }

    /// <summary>Declares the stack's objects on a builder.</summary>
    public Action<IStackBuilder> Define { get; }

    /// <summary>The full name of the stack class.</summary>
    public string TypeName { get; }

    /// <summary>Runs <see cref="Define"/> and returns the recorded model.</summary>
    public StackDefinition Build() => StackBuilder.Build(Name, Define);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({TypeName})";
}
