// Linked into the netstandard2.0 analyzer assembly: no net8-only APIs here.
using System;
using System.Globalization;

namespace InfraSharp.Validation.Rules;

/// <summary>
/// Cron schedules of CronJobs (ISH2017), as Kubernetes accepts them: five fields (minute, hour, day of month,
/// month, day of week) with <c>*</c>, <c>?</c>, lists, ranges and steps, month and day names, or one of the macros
/// <c>@yearly</c>, <c>@annually</c>, <c>@monthly</c>, <c>@weekly</c>, <c>@daily</c>, <c>@midnight</c>,
/// <c>@hourly</c>, <c>@every &lt;duration&gt;</c>. A <c>TZ=</c>/<c>CRON_TZ=</c> prefix is rejected: Kubernetes
/// takes the time zone in its own field.
/// </summary>
public static class CronRules
{
    private static readonly string[] Macros = { "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly" };
    private static readonly string[] MonthNames = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
    private static readonly string[] DayNames = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };

    /// <summary>True when <paramref name="schedule"/> is a valid Kubernetes CronJob schedule.</summary>
    /// <example><c>IsValid("*/15 * * * *")</c>, <c>IsValid("0 3 * * MON-FRI")</c> and <c>IsValid("@daily")</c> are true; <c>IsValid("* * *")</c> is false.</example>
    public static bool IsValid(string? schedule)
    {
        if (schedule is null)
        {
            return false;
        }
        var text = schedule.Trim();
        if (text.Length == 0 || text.Length > 256)
        {
            return false;
        }
        if (text[0] == '@')
        {
            return IsMacro(text);
        }
        var fields = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 5 &&
               IsValidField(fields[0], 0, 59, null, 0) &&
               IsValidField(fields[1], 0, 23, null, 0) &&
               IsValidField(fields[2], 1, 31, null, 0) &&
               IsValidField(fields[3], 1, 12, MonthNames, 1) &&
               IsValidField(fields[4], 0, 7, DayNames, 0);
    }

    private static bool IsMacro(string text)
    {
        foreach (var macro in Macros)
        {
            if (string.Equals(text, macro, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        const string every = "@every ";
        return text.StartsWith(every, StringComparison.OrdinalIgnoreCase) &&
               DurationRules.TryParse(text.Substring(every.Length).Trim(), out var interval) && interval >= TimeSpan.FromSeconds(1);
    }

    private static bool IsValidField(string field, int min, int max, string[]? names, int firstNameValue)
    {
        foreach (var item in field.Split(','))
        {
            if (!IsValidItem(item, min, max, names, firstNameValue))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsValidItem(string item, int min, int max, string[]? names, int firstNameValue)
    {
        var range = item;
        var slash = item.IndexOf('/');
        if (slash >= 0)
        {
            range = item.Substring(0, slash);
            if (!TryNumber(item.Substring(slash + 1), out var step) || step < 1)
            {
                return false;
            }
        }
        if (range == "*" || range == "?")
        {
            return true;
        }
        var dash = range.IndexOf('-');
        if (dash < 0)
        {
            return TryValue(range, min, max, names, firstNameValue, out _);
        }
        return TryValue(range.Substring(0, dash), min, max, names, firstNameValue, out var from) &&
               TryValue(range.Substring(dash + 1), min, max, names, firstNameValue, out var to) &&
               from <= to;
    }

    private static bool TryValue(string text, int min, int max, string[]? names, int firstNameValue, out int value)
    {
        if (names is not null)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(text, names[i], StringComparison.OrdinalIgnoreCase))
                {
                    value = firstNameValue + i;
                    return true;
                }
            }
        }
        return TryNumber(text, out value) && value >= min && value <= max;
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 9)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
