namespace InfraSharp.Generators;

/// <summary>Names of the generator's pipeline steps, used by the caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Classes marked with <c>[Stack]</c>, turned into <c>StackSpec</c> (null when the shape is wrong).</summary>
    public const string StackClasses = nameof(StackClasses);

    /// <summary>The valid stacks only.</summary>
    public const string ValidStacks = nameof(ValidStacks);

    /// <summary>All stacks gathered and sorted into one <c>RegistrySpec</c>.</summary>
    public const string Registry = nameof(Registry);
}
