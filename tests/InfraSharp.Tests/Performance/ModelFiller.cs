using System.Collections;
using System.Globalization;
using System.Reflection;
using k8s.Models;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// Fills every settable property of a model (KubernetesClient's or the Compose document's) with a value of its type,
/// down to a depth (the Kubernetes model graph is large): strings that need quoting, numbers, dates, quantities,
/// int-or-strings, lists and maps (with null values). With <c>asciiOnly: false</c> the strings also hold what needs
/// escapes or cannot be stored at all: non-ASCII text, characters beyond the BMP, control characters, line breaks,
/// non-characters and lone surrogates.
/// </summary>
internal sealed class ModelFiller(Random random, bool asciiOnly)
{
    private static readonly string[] Strings = ["web", "a: b", "# not a comment", "yes", "0123", "~", "", " padded ", "say \"hi\"", "back\\slash", "1e3", "- x", "80", "$HOME", "${VAR:-x}"];
    private static readonly string[] Unicode = ["café", "zoë 🚀", "tab\there", "line1\nline2\r\n", "\u0085 \u2028 \u2029", "\u0000\u0007\u001B\u007F\u009F", "\uFFFE\uFFFF", "lone \uD800 high", "lone \uDC00 low", "\uD83D", "\uFEFFbom", "\u00A0nbsp"];
    private static readonly string[] Quantities = ["500m", "1Gi", "2", "0.5", "128974848", "1e3", "100Mi"];
    private static readonly string[] IntOrStrings = ["8080", "http", "-7", "25%", "0"];

    /// <summary>How many values were created.</summary>
    public int Filled { get; private set; }

    public object? Create(Type type, int depth)
    {
        Filled++;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return asciiOnly || random.Next(3) == 0 ? Strings[random.Next(Strings.Length)] : Unicode[random.Next(Unicode.Length)];
        }
        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }
        if (type == typeof(int))
        {
            return random.Next(-1000, 100000);
        }
        if (type == typeof(long))
        {
            return (long)random.Next() * 1000;
        }
        if (type == typeof(double))
        {
            return random.Next(2) == 0 ? 0.25 : 1e20;
        }
        if (type == typeof(DateTime))
        {
            // Whole seconds, a fraction, and a local time (converted to UTC by both writers).
            return random.Next(3) switch
            {
                0 => new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc),
                1 => new DateTime(2026, 12, 1, 6, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567),
                _ => new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Local),
            };
        }
        if (type == typeof(ResourceQuantity))
        {
            return new ResourceQuantity(Quantities[random.Next(Quantities.Length)]);
        }
        if (type == typeof(IntOrString))
        {
            return (IntOrString)IntOrStrings[random.Next(IntOrStrings.Length)];
        }
        if (type == typeof(object) || type == typeof(byte[]))
        {
            return null;
        }
        if (Arguments(type, typeof(IDictionary<,>)) is { } entry)
        {
            var map = (IDictionary)Activator.CreateInstance(type.IsInterface ? typeof(Dictionary<,>).MakeGenericType(entry) : type)!;
            for (var i = random.Next(3); i > 0; i--)
            {
                map["key-" + i.ToString(CultureInfo.InvariantCulture)] = random.Next(5) == 0 ? null : Create(entry[1], depth + 1);
            }
            return map;
        }
        if (Arguments(type, typeof(IList<>)) is { } element)
        {
            var list = (IList)Activator.CreateInstance(type.IsInterface ? typeof(List<>).MakeGenericType(element) : type)!;
            for (var i = depth > 5 ? 0 : random.Next(3); i > 0; i--)
            {
                list.Add(Create(element[0], depth + 1));
            }
            return list;
        }
        if (type.IsClass && type.Namespace is "k8s.Models" or "InfraSharp.Compose" && depth <= 6 && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.CanWrite && property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<System.Text.Json.Serialization.JsonExtensionDataAttribute>() is null)
                {
                    property.SetValue(instance, Create(property.PropertyType, depth + 1));
                }
            }
            return instance;
        }
        return null;
    }

    // The type arguments of the generic interface the type is or implements (IDictionary<K, V>, IList<T>).
    private static Type[]? Arguments(Type type, Type genericInterface) =>
        new[] { type }.Concat(type.GetInterfaces())
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == genericInterface)
            ?.GetGenericArguments();
}
