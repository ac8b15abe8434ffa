using System.Text;

namespace InfraSharp.Kubernetes;

/// <summary>Turns free text (paths, user names) into DNS-1123 labels and keeps names unique within a scope.</summary>
internal static class KubernetesNames
{
    /// <summary>The longest DNS-1123 label.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>
    /// Lower-cases <paramref name="text"/>, turns every run of other characters into one <c>-</c>, trims dashes
    /// and cuts at 63 characters; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string ToDnsLabel(string? text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var character in text ?? string.Empty)
        {
            var lower = char.ToLowerInvariant(character);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var label = builder.ToString().Trim('-');
        if (label.Length > MaxLabelLength)
        {
            label = label[..MaxLabelLength].TrimEnd('-');
        }
        return label.Length == 0 ? fallback : label;
    }

    /// <summary>Returns <paramref name="name"/>, or it with <c>-2</c>, <c>-3</c>... when taken, and records it as taken.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var counter = 2; !taken.Add(candidate); counter++)
        {
            var suffix = "-" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stem = name.Length + suffix.Length > MaxLabelLength ? name[..(MaxLabelLength - suffix.Length)] : name;
            candidate = stem + suffix;
        }
        return candidate;
    }

    /// <summary>A short name for a container path: <c>/var/log</c> becomes <c>var-log</c>.</summary>
    public static string FromPath(string path) => ToDnsLabel(path, "root");
}
