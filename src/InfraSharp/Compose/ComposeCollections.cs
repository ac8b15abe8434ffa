namespace InfraSharp.Compose;

/// <summary>Keyed Compose sections from model lists, tolerant of the duplicates validation reports.</summary>
internal static class ComposeCollections
{
    public static SortedDictionary<string, TValue> ToSortedDictionary<TItem, TValue>(this IEnumerable<TItem> items,
        Func<TItem, string> key, Func<TItem, TValue> value, bool lastWins = false)
    {
        var result = new SortedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // Duplicate or missing names are validation errors; keep one entry instead of throwing.
            var name = key(item) ?? string.Empty;
            if (lastWins)
            {
                result[name] = value(item);
            }
            else
            {
                result.TryAdd(name, value(item));
            }
        }
        return result;
    }
}
