namespace InfraSharp.Model;

/// <summary>What every named object of a stack has: its stack, its name and where it was declared.</summary>
public abstract class StackObjectDefinition
{
    private protected StackObjectDefinition(StackDefinition stack, string name, SourceLocation location)
    {
        Stack = stack;
        Name = name;
        Location = location;
    }

    /// <summary>The owning stack (a handle from another stack is reported as ISH2012).</summary>
    public StackDefinition Stack { get; }

    /// <summary>The object's name.</summary>
    public string Name { get; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; }
}
