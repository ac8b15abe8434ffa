using InfraSharp.Emit;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>Writes an emit result to disk the way the emit step would, and removes it again.</summary>
public static class EmittedFiles
{
    /// <summary>Writes every emitted file under <paramref name="directory"/> (relative paths use '/').</summary>
    public static void WriteAll(EmitResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var file in result.Files)
        {
            var path = Path.Combine(directory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }

    /// <summary>Deletes a folder, ignoring failures (teardown must not mask a test's result).</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
