namespace InfraSharp.Emit;

/// <summary>
/// What <see cref="ManifestWriter"/> changed on disk, or in check mode would change. Paths are relative to the
/// output folder, with <c>/</c> separators, sorted ordinally.
/// </summary>
/// <param name="Added">Files that did not exist.</param>
/// <param name="Changed">Files whose bytes differ from what the code produces.</param>
/// <param name="Removed">Files InfraSharp wrote earlier that the code no longer produces.</param>
public sealed record ManifestChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    /// <summary>No change.</summary>
    public static ManifestChanges None { get; } = new([], [], []);

    /// <summary>True when anything was (or would be) added, changed or removed.</summary>
    public bool HasChanges => Added.Count > 0 || Changed.Count > 0 || Removed.Count > 0;
}
