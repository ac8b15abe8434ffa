using System.Globalization;
using System.Security;

namespace InfraSharp.EndToEnd.Tests;

/// <summary>
/// Packs InfraSharp once, with a unique version, into a temporary local feed that every test's fresh app uses
/// (nuget.config with &lt;clear/&gt; and source mapping: InfraSharp only from the feed, the rest from the sources this
/// machine is configured with, so a CI mirror keeps working). Disposing removes the folder and the unique version's
/// copy in the NuGet cache, so repeated runs do not pile up packages.
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
            // xunit does not dispose a fixture whose constructor threw: clean up here.
            TryDelete(Root);
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }
        var remotes = ConfiguredSources();
        var sources = string.Concat(remotes.Select((url, i) => $"\n    <add key=\"remote{i}\" value=\"{SecurityElement.Escape(url)}\" />"));
        var mappings = string.Concat(remotes.Select((_, i) => $"\n    <packageSource key=\"remote{i}\"><package pattern=\"*\" /></packageSource>"));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(Feed)}" />{sources}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="InfraSharp" /></packageSource>{mappings}
              </packageSourceMapping>
            </configuration>
            """);
        // Keep the fresh apps away from the repository's Directory.*.props (central package management...).
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>The enabled package sources of this machine and repository (nuget.org when none can be read).</summary>
    private static List<string> ConfiguredSources()
    {
        var (exitCode, output) = ProcessRunner.Run("dotnet", RepositoryRoot, null, "nuget", "list", "source", "--format", "short");
        var sources = exitCode != 0 ? [] : output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .Where(s => s.Length > 0)
            .ToList();
        return sources.Count > 0 ? sources : ["https://api.nuget.org/v3/index.json"];
    }

    private static string RepositoryRoot => InfraSharp.Testing.RepositoryPaths.Root;

    /// <summary>The temporary folder holding the feed and the apps.</summary>
    public string Root { get; }

    /// <summary>The local feed.</summary>
    public string Feed { get; }

    /// <summary>The packed version.</summary>
    public string Version { get; }

    public void Dispose()
    {
        TryDelete(Root);
        // Each run restores its unique version into the shared cache: remove it (a few MB per run otherwise).
        var (exitCode, output) = ProcessRunner.Run("dotnet", Path.GetTempPath(), null, "nuget", "locals", "global-packages", "--list");
        var prefix = "global-packages:";
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (exitCode == 0 && line is not null)
        {
            TryDelete(Path.Combine(line[prefix.Length..].Trim(), "infrasharp", Version.ToLowerInvariant()));
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Something may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
