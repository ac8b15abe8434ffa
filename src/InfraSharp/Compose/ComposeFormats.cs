using System.Globalization;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Compose;

/// <summary>
/// Converts the model's Kubernetes-style quantities into the forms Compose reads, on top of the shared quantity
/// grammar (<see cref="QuantityRules"/>). Output is culture-invariant; parsers return false instead of throwing so
/// the caller can report the value.
/// </summary>
internal static class ComposeFormats
{
    // Docker's size suffixes are binary; docker-py (docker-compose 1.29) knows only b/k/m/g.
    private static readonly (string Suffix, string Docker)[] DockerBinarySuffixes = [("Ki", "k"), ("Mi", "m"), ("Gi", "g")];

    /// <summary>
    /// Kubernetes memory quantity to a Docker size: <c>512Mi</c> -> <c>512m</c>, <c>1Gi</c> -> <c>1g</c>; anything
    /// else (decimal suffixes, <c>Ti</c> and above, fractions, exponents) -> a byte count such as <c>500000000</c>.
    /// </summary>
    public static bool TryMemory(string? quantity, out string docker)
    {
        docker = string.Empty;
        if (!QuantityRules.IsValidMemory(quantity))
        {
            return false;
        }
        foreach (var (suffix, dockerSuffix) in DockerBinarySuffixes)
        {
            if (quantity!.EndsWith(suffix, StringComparison.Ordinal) &&
                ulong.TryParse(quantity.AsSpan(0, quantity.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            {
                docker = whole.ToString(CultureInfo.InvariantCulture) + dockerSuffix;
                return true;
            }
        }
        if (!TryBytes(quantity, out var bytes))
        {
            return false;
        }
        docker = bytes.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Kubernetes memory quantity to a whole byte count, rounded up (tmpfs sizes).</summary>
    public static bool TryBytes(string? quantity, out long bytes)
    {
        bytes = 0;
        if (!QuantityRules.IsValidMemory(quantity) || !QuantityRules.TryParse(quantity, out var value))
        {
            return false;
        }
        var rounded = decimal.Ceiling(value);
        if (rounded > long.MaxValue)
        {
            return false;
        }
        bytes = (long)rounded;
        return true;
    }

    /// <summary>Kubernetes CPU quantity to Compose <c>cpus</c>: <c>500m</c> -> <c>0.5</c>, <c>2</c> -> <c>2</c>.</summary>
    public static bool TryCpus(string? quantity, out string cpus)
    {
        cpus = string.Empty;
        if (!QuantityRules.IsValidCpu(quantity) || !QuantityRules.TryParse(quantity, out var value))
        {
            return false;
        }
        // Kubernetes keeps CPU to the millicore; the format drops trailing zeros and never uses an exponent.
        cpus = decimal.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
        if (cpus == "0")
        {
            cpus = "0.001"; // below a millicore: the smallest amount Docker can honour, never "no limit"
        }
        return true;
    }
}
