namespace InfraSharp.Compose;

/// <summary>
/// Rewrites project-relative paths so they still point at the project from the folder holding <c>compose.yaml</c>
/// (Compose resolves relative paths against the file's folder, the stack resolves them against the project).
/// </summary>
internal static class ComposePaths
{
    /// <summary>
    /// <paramref name="path"/> seen from the output folder: <c>../..</c> + <c>./src</c> -> <c>../../src</c>.
    /// Absolute paths, home-relative paths and URLs (remote build contexts) are kept; so is everything when
    /// <paramref name="projectFromOutput"/> is null.
    /// </summary>
    public static string FromOutput(string path, string? projectFromOutput)
    {
        if (string.IsNullOrEmpty(projectFromOutput) || IsAnchored(path))
        {
            return path;
        }
        var rooted = projectFromOutput[0] is '/' or '\\';
        var segments = new List<string>();
        foreach (var segment in (projectFromOutput + "/" + path).Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            if (segment == ".." && rooted)
            {
                continue; // "/.." is "/"
            }
            segments.Add(segment);
        }
        var joined = string.Join('/', segments);
        if (rooted)
        {
            return "/" + joined;
        }
        if (segments.Count == 0)
        {
            return ".";
        }
        // A leading "./" keeps Compose from reading a bare word as a named volume or an image.
        return segments[0] == ".." ? joined : "./" + joined;
    }

    private static bool IsAnchored(string path) =>
        path.Length == 0 || path[0] is '/' or '\\' or '~' || Path.IsPathRooted(path) || path.Contains("://", StringComparison.Ordinal) ||
        path.StartsWith("git@", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');
}
