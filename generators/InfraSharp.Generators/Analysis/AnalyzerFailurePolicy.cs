namespace InfraSharp.Generators.Analysis;

/// <summary>
/// An analyzer bug must not break a user's build (AD0001), so a failing body is skipped. The tests set
/// <see cref="Rethrow"/> so that such a bug fails them instead of hiding.
/// </summary>
internal static class AnalyzerFailurePolicy
{
    public static bool Rethrow { get; set; }
}
