// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InfraSharp.Validation.Rules;

/// <summary>
/// Durations in the Go form that Compose (<c>interval: 1m30s</c>) and cron <c>@every</c> use: a sequence of
/// number-unit pairs with units h, m, s, ms, us (or µs), ns.
/// </summary>
public static class DurationRules
{
    private static readonly Regex Duration = new(
        "^(?:[0-9]+(?:\\.[0-9]+)?(?:h|ms|m|s|us|\u00b5s|ns))+$", RegexOptions.CultureInvariant);

    private static readonly Regex Part = new(
        "(?<number>[0-9]+(?:\\.[0-9]+)?)(?<unit>h|ms|m|s|us|\u00b5s|ns)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>True when <paramref name="text"/> is a Go duration such as <c>1m30s</c>, <c>500ms</c> or <c>2h</c>.</summary>
    public static bool IsValid(string? text) => text is not null && text.Length > 0 && text.Length <= 64 && Duration.IsMatch(text);

    /// <summary>Parses a Go duration. False when the text is not one or does not fit a <see cref="TimeSpan"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (!IsValid(text))
        {
            return false;
        }
        decimal ticks = 0m;
        foreach (Match part in Part.Matches(text!))
        {
            var number = decimal.Parse(part.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            ticks += number * TicksPer(part.Groups["unit"].Value);
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }
        }
        duration = TimeSpan.FromTicks((long)Math.Round(ticks));
        return true;
    }

    /// <summary>True when <paramref name="duration"/> is above zero (probe interval and timeout).</summary>
    public static bool IsPositive(TimeSpan duration) => duration > TimeSpan.Zero;

    /// <summary>
    /// The Go form of a non-negative <paramref name="duration"/>, largest units first, such as <c>1m30s</c>,
    /// <c>1h</c>, <c>250ms</c>, <c>0s</c>.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }
        var builder = new StringBuilder();
        var hours = (long)Math.Floor(duration.TotalHours);
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }
        if (duration.Minutes > 0)
        {
            builder.Append(duration.Minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }
        if (duration.Seconds > 0)
        {
            builder.Append(duration.Seconds.ToString(CultureInfo.InvariantCulture)).Append('s');
        }
        var subSecondTicks = duration.Ticks % TimeSpan.TicksPerSecond;
        if (subSecondTicks > 0)
        {
            if (subSecondTicks % TimeSpan.TicksPerMillisecond == 0)
            {
                builder.Append((subSecondTicks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture)).Append("ms");
            }
            else
            {
                // One tick is 100 ns.
                builder.Append((subSecondTicks / 10).ToString(CultureInfo.InvariantCulture)).Append("us");
                if (subSecondTicks % 10 != 0)
                {
                    builder.Append((subSecondTicks % 10 * 100).ToString(CultureInfo.InvariantCulture)).Append("ns");
                }
            }
        }
        return builder.ToString();
    }

    private static decimal TicksPer(string unit)
    {
        switch (unit)
        {
            case "h": return TimeSpan.TicksPerHour;
            case "m": return TimeSpan.TicksPerMinute;
            case "s": return TimeSpan.TicksPerSecond;
            case "ms": return TimeSpan.TicksPerMillisecond;
            case "ns": return 0.01m;
            default: return 10m; // us and µs
        }
    }
}
