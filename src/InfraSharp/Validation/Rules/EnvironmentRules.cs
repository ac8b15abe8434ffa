// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Text.RegularExpressions;

namespace InfraSharp.Validation.Rules;

/// <summary>Environment variables: valid names (ISH2013) and secret-looking literal values (ISH4107).</summary>
public static class EnvironmentRules
{
    private static readonly Regex Name = new("^[-._a-zA-Z][-._a-zA-Z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new("^\\$(?:\\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\\}|[A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.CultureInvariant);
    private static readonly string[] SecretWords = { "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY" };
    private static readonly string[] PathSuffixes = { "_FILE", "_PATH", "_DIR" };

    /// <summary>True when <paramref name="name"/> matches <c>[-._a-zA-Z][-._a-zA-Z0-9]*</c> (the Kubernetes rule).</summary>
    public static bool IsValidName(string? name) => name is not null && name.Length > 0 && Name.IsMatch(name);

    /// <summary>
    /// True when <paramref name="name"/> looks like it holds a secret (contains PASSWORD, SECRET, TOKEN, API_KEY or
    /// PRIVATE_KEY, in any case) and <paramref name="value"/> is a non-empty literal: not a file path (such as
    /// <c>/run/secrets/db</c>) and not a variable reference (<c>${VAR}</c>, <c>$VAR</c>). Names ending in
    /// <c>_FILE</c>, <c>_PATH</c> or <c>_DIR</c> hold paths, never secrets.
    /// </summary>
    /// <example><c>LooksLikeSecret("DB_PASSWORD", "hunter2")</c> is true; <c>LooksLikeSecret("DB_PASSWORD", "${DB_PASSWORD}")</c> is false.</example>
    public static bool LooksLikeSecret(string? name, string? value)
    {
        if (name is null || value is null || value.Trim().Length == 0)
        {
            return false;
        }
        var upper = name.ToUpperInvariant();
        if (!ContainsAny(upper, SecretWords) || EndsWithAny(upper, PathSuffixes))
        {
            return false;
        }
        return !IsPath(value) && !Reference.IsMatch(value.Trim());
    }

    private static bool IsPath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal) ||
        value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal);

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithAny(string text, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
