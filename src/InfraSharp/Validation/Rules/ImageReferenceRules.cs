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

    // \z, not $: "$" also matches before a final "\n", which no registry accepts.
    private static readonly Regex Reference = new(
        "^" + Name + "(?::" + Tag + ")?(?:@" + Digest + ")?\\z",
        RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="image"/> follows the reference grammar.</summary>
    /// <example><c>IsValid("ghcr.io/acme/web:1.4")</c> is true; <c>IsValid("Acme/Web")</c> and <c>IsValid("web:")</c> are false.</example>
    public static bool IsValid(string? image) => Parse(image).Valid;

    /// <summary>The tag of a valid reference, or null when it has none (or is invalid).</summary>
    public static string? GetTag(string? image)
    {
        var reference = Parse(image);
        return reference.Valid && reference.TagStart >= 0 ? image!.Substring(reference.TagStart, reference.NameEnd - reference.TagStart) : null;
    }

    /// <summary>True when a valid reference has a digest.</summary>
    public static bool HasDigest(string? image)
    {
        var reference = Parse(image);
        return reference.Valid && reference.NameEnd < image!.Length;
    }

    /// <summary>
    /// True when <paramref name="image"/> is valid and pinned: it has a digest, or a tag other than <c>latest</c>.
    /// </summary>
    /// <example><c>HasPinnedTag("redis:7.2")</c> is true; <c>HasPinnedTag("redis")</c> and <c>HasPinnedTag("redis:latest")</c> are false.</example>
    public static bool HasPinnedTag(string? image)
    {
        var reference = Parse(image);
        if (!reference.Valid)
        {
            return false;
        }
        if (reference.NameEnd < image!.Length)
        {
            return true;
        }
        const string Latest = "latest";
        return reference.TagStart >= 0 &&
            !(reference.NameEnd - reference.TagStart == Latest.Length && string.CompareOrdinal(image, reference.TagStart, Latest, 0, Latest.Length) == 0);
    }

    /// <summary>
    /// Checks the grammar (without capturing: a match with groups allocates, and images are checked several times
    /// per service), then finds the parts: once the grammar holds, the digest starts at the only <c>@</c>, and a tag
    /// at the last <c>:</c> after the last <c>/</c> (a <c>:</c> before it belongs to a registry port).
    /// </summary>
    private static ImageReference Parse(string? image)
    {
        if (image is null || image.Length == 0 || !Reference.IsMatch(image))
        {
            return default;
        }
        var at = image.IndexOf('@');
        var end = at < 0 ? image.Length : at;
        var colon = image.LastIndexOf(':', end - 1);
        var tagStart = colon > image.LastIndexOf('/', end - 1) ? colon + 1 : -1;
        var nameLength = tagStart < 0 ? end : colon;
        return nameLength <= MaxNameLength ? new ImageReference(true, tagStart, end) : default;
    }

    /// <summary>
    /// Whether a reference follows the grammar, where its tag starts (-1 without one) and where its name and tag end
    /// (the <c>@</c> of a digest, or the end).
    /// </summary>
    private readonly struct ImageReference(bool valid, int tagStart, int nameEnd)
    {
        public bool Valid { get; } = valid;

        public int TagStart { get; } = tagStart;

        public int NameEnd { get; } = nameEnd;
    }
}
