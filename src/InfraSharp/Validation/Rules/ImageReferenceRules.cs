// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Text.RegularExpressions;

namespace InfraSharp.Validation.Rules;

/// <summary>
/// Image references (ISH2007, ISH4101), following the grammar of the distribution project:
/// <c>[registry[:port]/]path[:tag][@digest]</c>, path components in lower case.
/// </summary>
public static class ImageReferenceRules
{
    /// <summary>The longest name part (registry and path) allowed.</summary>
    public const int MaxNameLength = 255;

    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Domain = "(?:" + DomainComponent + "(?:\\." + DomainComponent + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
    private const string PathComponent = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private const string Name = "(?:" + Domain + "/)?" + PathComponent + "(?:/" + PathComponent + ")*";
    private const string Tag = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private const string Digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    private static readonly Regex Reference = new(
        "^(?<name>" + Name + ")(?::(?<tag>" + Tag + "))?(?:@(?<digest>" + Digest + "))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>True when <paramref name="image"/> follows the reference grammar.</summary>
    /// <example><c>IsValid("ghcr.io/acme/web:1.4")</c> is true; <c>IsValid("Acme/Web")</c> and <c>IsValid("web:")</c> are false.</example>
    public static bool IsValid(string? image)
    {
        if (image is null || image.Length == 0)
        {
            return false;
        }
        var match = Reference.Match(image);
        return match.Success && match.Groups["name"].Length <= MaxNameLength;
    }

    /// <summary>The tag of a valid reference, or null when it has none (or is invalid).</summary>
    public static string? GetTag(string? image)
    {
        if (image is null || image.Length == 0)
        {
            return null;
        }
        var match = Reference.Match(image);
        return match.Success && match.Groups["tag"].Success ? match.Groups["tag"].Value : null;
    }

    /// <summary>True when a valid reference has a digest.</summary>
    public static bool HasDigest(string? image)
    {
        if (image is null || image.Length == 0)
        {
            return false;
        }
        var match = Reference.Match(image);
        return match.Success && match.Groups["digest"].Success;
    }

    /// <summary>
    /// True when <paramref name="image"/> is valid and pinned: it has a digest, or a tag other than <c>latest</c>.
    /// </summary>
    /// <example><c>HasPinnedTag("redis:7.2")</c> is true; <c>HasPinnedTag("redis")</c> and <c>HasPinnedTag("redis:latest")</c> are false.</example>
    public static bool HasPinnedTag(string? image)
    {
        if (image is null || image.Length == 0)
        {
            return false;
        }
        var match = Reference.Match(image);
        if (!match.Success)
        {
            return false;
        }
        if (match.Groups["digest"].Success)
        {
            return true;
        }
        return match.Groups["tag"].Success && !string.Equals(match.Groups["tag"].Value, "latest", StringComparison.Ordinal);
    }
}
