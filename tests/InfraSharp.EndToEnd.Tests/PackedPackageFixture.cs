using System.Globalization;
using System.Reflection;

namespace InfraSharp.EndToEnd.Tests;

/// <summary>
/// Packs InfraSharp once, with a unique version, into a temporary local feed that every test's fresh app uses
/// (nuget.config with &lt;clear/&gt; and source mapping: InfraSharp only from the feed, the rest from nuget.org).
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public PackedPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "infrasharp-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        // A unique version never collides with a cached copy of an earlier run in the shared NuGet cache.
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var (exitCode, output) = ProcessRunner.Run("dotnet", RepositoryRoot, null,
            "pack", Path.Combine(RepositoryRoot, "src", "InfraSharp", "InfraSharp.csproj"),
            "-p:Version=" + Version, "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"),
            "--disable-build-servers", "-nodeReuse:false", "-nologo");
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="InfraSharp" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        // Keep the fresh apps away from the repository's Directory.*.props (central package management...).
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    private static string RepositoryRoot { get; } = typeof(PackedPackageFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The temporary folder holding the feed and the apps.</summary>
    public string Root { get; }

    /// <summary>The local feed.</summary>
    public string Feed { get; }

    /// <summary>The packed version.</summary>
    public string Version { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
