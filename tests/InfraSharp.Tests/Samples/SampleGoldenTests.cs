using InfraSharp.Testing;

namespace InfraSharp.Tests.Samples;

/// <summary>
/// The samples' output against hand-kept golden files, compared structurally after parsing (key order and quoting
/// style of equal values may change; content may not). Set INFRASHARP_UPDATE_GOLDEN=1 to rewrite them after an
/// intended change, then review the diff.
/// </summary>
public class SampleGoldenTests
{
    private static string GoldenDirectory(string stack) =>
        Path.Combine(RepositoryPaths.Root, "tests", "InfraSharp.Tests", "Golden", stack);

    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Sample_output_matches_its_golden_files(string stack)
    {
        var result = SampleStacks.Emit(stack);
        var golden = GoldenDirectory(stack);
        if (Environment.GetEnvironmentVariable("INFRASHARP_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }
            foreach (var file in result.Files)
            {
                var path = Path.Combine(golden, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }
        }

        var expectedFiles = Directory.GetFiles(golden, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(golden, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expectedFiles, result.Files.Select(f => f.RelativePath));
        foreach (var file in result.Files)
        {
            var expected = File.ReadAllText(Path.Combine(golden, file.RelativePath));
            if (file.RelativePath.EndsWith(".yaml", StringComparison.Ordinal))
            {
                Assert.Equal(YamlTree.Canonical(expected), YamlTree.Canonical(file.Content));
            }
            else
            {
                Assert.Equal(expected, file.Content);
            }
        }
    }
}
