using System.Reflection;

namespace InfraSharp.Testing;

/// <summary>Finds folders of the repository from a test (linked into every test project).</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding InfraSharp.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The vendored public schemas (Compose specification, Kubernetes OpenAPI).</summary>
    public static string Schemas => Path.Combine(Root, "tests", "schemas");

    /// <summary>The samples folder.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        // Built into the test assembly by tests/Directory.Build.props; robust to --artifacts-path and CI path maps.
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "InfraSharp.RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "InfraSharp.sln")))
        {
            return recorded;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfraSharp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("InfraSharp.sln not found; looked at " + recorded + " and above " + AppContext.BaseDirectory);
    }
}
