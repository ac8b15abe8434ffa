// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Globalization;

namespace InfraSharp.Validation.Rules;

/// <summary>
/// Kubernetes quantities (ISH2008): <c>&lt;number&gt;&lt;suffix&gt;</c> where the suffix is a binary SI unit
/// (Ki, Mi, Gi, Ti, Pi, Ei), a decimal SI unit (m, k, M, G, T, P, E or none) or an exponent (<c>e3</c>, <c>E-2</c>).
/// </summary>
public static class QuantityRules
{
    /// <summary>
    /// Parses a quantity into its value in base units (cores, bytes). False when the text is not a quantity or the
    /// value does not fit.
    /// </summary>
    /// <example><c>TryParse("250m", out v)</c> gives 0.25; <c>TryParse("1Ki", out v)</c> gives 1024.</example>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        if (text is null || text.Length == 0 || text.Length > 64)
        {
            return false;
        }
        var split = SuffixStart(text);
        if (split < 0 ||
            !decimal.TryParse(text.Substring(0, split), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var suffix = text.Substring(split);
        try
        {
            value = number * Multiplier(suffix);
            return true;
        }
        catch (OverflowException)
        {
            value = 0m;
            return false;
        }
    }

    /// <summary>True when <paramref name="text"/> follows the quantity grammar (any sign, any suffix).</summary>
    public static bool IsValid(string? text) => TryParse(text, out _);

    /// <summary>
    /// True for a positive CPU quantity in cores: a plain number or <c>m</c> (millicores) or an exponent, such as
    /// <c>250m</c>, <c>0.5</c>, <c>2</c>. Byte units (<c>Mi</c>, <c>M</c>, <c>k</c>...) are rejected: on CPU they are
    /// almost always a memory value in the wrong place.
    /// </summary>
    public static bool IsValidCpu(string? text)
    {
        if (!TryParse(text, out var value) || value <= 0m)
        {
            return false;
        }
        var suffix = SuffixOf(text!);
        return suffix.Length == 0 || suffix == "m" || suffix[0] == 'e' || suffix[0] == 'E';
    }

    /// <summary>
    /// True for a positive memory (or size) quantity in bytes, such as <c>128Mi</c>, <c>1Gi</c>, <c>500M</c>,
    /// <c>1e3</c>. The suffix <c>m</c> (milli-bytes) is rejected: it is almost always a typo for <c>Mi</c>.
    /// </summary>
    public static bool IsValidMemory(string? text) =>
        TryParse(text, out var value) && value > 0m && SuffixOf(text!) != "m";

    private static string SuffixOf(string text)
    {
        var split = SuffixStart(text);
        return split < 0 ? string.Empty : text.Substring(split);
    }

    /// <summary>
    /// Where the suffix of a quantity starts (its length when there is none), or -1 when <paramref name="text"/> is not
    /// <c>[+-]number[suffix]</c> with a number of digits and at most one point (at least one digit) and a suffix from
    /// the grammar above. Hand-written rather than a regular expression: quantities are checked several times per
    /// service, and a match with groups allocates each time.
    /// </summary>
    private static int SuffixStart(string text)
    {
        var index = text.Length > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
        var digits = 0;
        while (index < text.Length && IsDigit(text[index]))
        {
            index++;
            digits++;
        }
        if (index < text.Length && text[index] == '.')
        {
            index++;
            while (index < text.Length && IsDigit(text[index]))
            {
                index++;
                digits++;
            }
        }
        return digits > 0 && IsSuffix(text, index) ? index : -1;
    }

    private static bool IsSuffix(string text, int start)
    {
        var length = text.Length - start;
        if (length == 0)
        {
            return true;
        }
        var first = text[start];
        if (length == 1)
        {
            return "mkMGTPE".IndexOf(first) >= 0;
        }
        if (length == 2 && text[start + 1] == 'i')
        {
            return "KMGTPE".IndexOf(first) >= 0;
        }
        if (first != 'e' && first != 'E')
        {
            return false;
        }
        // An exponent: e or E, an optional sign, at least one digit.
        var index = start + 1;
        if (text[index] == '+' || text[index] == '-')
        {
            index++;
        }
        if (index == text.Length)
        {
            return false;
        }
        for (; index < text.Length; index++)
        {
            if (!IsDigit(text[index]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigit(char character) => character >= '0' && character <= '9';

    private static decimal Multiplier(string suffix)
    {
        switch (suffix)
        {
            case "": return 1m;
            case "m": return 0.001m;
            case "k": return 1e3m;
            case "M": return 1e6m;
            case "G": return 1e9m;
            case "T": return 1e12m;
            case "P": return 1e15m;
            case "E": return 1e18m;
            case "Ki": return 1024m;
            case "Mi": return 1024m * 1024m;
            case "Gi": return 1024m * 1024m * 1024m;
            case "Ti": return 1024m * 1024m * 1024m * 1024m;
            case "Pi": return 1024m * 1024m * 1024m * 1024m * 1024m;
            case "Ei": return 1024m * 1024m * 1024m * 1024m * 1024m * 1024m;
        }
        // An exponent such as e3 or E-2: decimal holds 28 digits, so larger exponents do not fit.
        var exponent = int.Parse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent > 28 || exponent < -28)
        {
            throw new OverflowException();
        }
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }
        return exponent < 0 ? 1m / result : result;
    }
}
