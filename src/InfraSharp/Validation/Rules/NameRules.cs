// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System.Text;
using System.Text.RegularExpressions;

namespace InfraSharp.Validation.Rules;

/// <summary>Names of objects (ISH2001): DNS-1123 labels, because they become Kubernetes names and DNS names.</summary>
public static class NameRules
{
    /// <summary>The longest valid name.</summary>
    public const int MaxLength = 63;

    /// <summary>The longest Kubernetes port name (IANA service name).</summary>
    public const int MaxPortNameLength = 15;

    private static readonly Regex Label = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    /// <summary>The longest valid DNS-1123 subdomain (config and secret names).</summary>
    public const int MaxSubdomainLength = 253;

    private static readonly Regex Subdomain = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);
    private static readonly Regex PortName = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="name"/> is a DNS-1123 label: <c>^[a-z0-9]([-a-z0-9]*[a-z0-9])?$</c>, at most 63 characters.</summary>
    /// <example><c>IsValidName("web-api")</c> is true; <c>IsValidName("Web_API")</c> is false.</example>
    public static bool IsValidName(string? name) =>
        name is not null && name.Length > 0 && name.Length <= MaxLength && Label.IsMatch(name);

    /// <summary>
    /// True when <paramref name="name"/> is a DNS-1123 subdomain: dot-separated labels, at most 253 characters. Configs and
    /// secrets use it (they become ConfigMap and Secret names), so file-like names such as <c>nginx.conf</c> are valid.
    /// </summary>
    public static bool IsValidSubdomain(string? name) =>
        name is not null && name.Length > 0 && name.Length <= MaxSubdomainLength && Subdomain.IsMatch(name);

    /// <summary>
    /// True when <paramref name="name"/> is a valid Kubernetes port name (IANA service name): at most 15 characters
    /// of lower-case letters, digits and '-', with at least one letter, no leading, trailing or doubled '-'.
    /// </summary>
    public static bool IsValidPortName(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > MaxPortNameLength || !PortName.IsMatch(name) || name.Contains("--"))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (c >= 'a' && c <= 'z')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The closest valid name, for a code fix: lower-cases, replaces every other character by '-', collapses runs of
    /// '-', trims '-' at both ends and cuts to 63 characters. Empty when nothing usable remains.
    /// </summary>
    /// <example><c>Sanitize("My_Web API")</c> is <c>"my-web-api"</c>.</example>
    public static string Sanitize(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }
        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            var valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (valid)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }
        var text = builder.ToString().Trim('-');
        if (text.Length > MaxLength)
        {
            text = text.Substring(0, MaxLength).TrimEnd('-');
        }
        return text;
    }
}
