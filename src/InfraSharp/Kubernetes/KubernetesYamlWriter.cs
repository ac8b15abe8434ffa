using System.Globalization;
using InfraSharp.Yaml;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>
/// The fast path of <see cref="KubernetesEmitter"/>: writes the kinds InfraSharp creates (and the kustomization)
/// straight from the typed objects to YAML, with a writer generated at build time
/// (<see cref="GeneratedYamlWriterAttribute"/>). The result is the same text as serializing with KubernetesClient's
/// JSON options and writing that tree as YAML, without building System.Text.Json's metadata for the models at run
/// time: that metadata, and the JIT compilation of its code for the models' value types, was most of the start-up of
/// an emit process. Anything the generated writer does not cover returns null, and the caller takes the
/// serializer's path; tests keep both byte-identical.
/// </summary>
[GeneratedYamlWriter(
    typeof(V1Deployment), typeof(V1StatefulSet), typeof(V1Job), typeof(V1CronJob), typeof(V1Service),
    typeof(V1PersistentVolumeClaim), typeof(V1ConfigMap), typeof(V1NetworkPolicy), typeof(V1Ingress), typeof(V1Namespace),
    typeof(KustomizationDocument),
    CamelCase = true)]
internal static partial class KubernetesYamlWriter
{
    /// <summary>The YAML of <paramref name="item"/>, or null when the generated writer does not cover it.</summary>
    public static string? TryWrite(object item)
    {
        var writer = YamlTreeWriter.Start();
        return writer.Finish(TryWriteGenerated(item, writer));
    }

    // What IntOrStringJsonConverter writes: a number when the text parses as one (with the current culture, as the
    // converter's long.TryParse does), the text otherwise.
    private static void WriteConverted(YamlTreeWriter writer, IntOrString value)
    {
        if (value.Value is null)
        {
            writer.Null();
        }
        else if (long.TryParse(value.Value, NumberStyles.Integer, CultureInfo.CurrentCulture, out var number))
        {
            writer.Number(number);
        }
        else
        {
            writer.String(value.Value);
        }
    }

    // What KubernetesJson's KubernetesDateTimeConverter writes: the time in UTC (through DateTimeOffset, as the
    // converter does), "Z"-suffixed, with six fraction digits only when there is a fraction.
    private static void WriteConverted(YamlTreeWriter writer, DateTime value)
    {
        var date = ((DateTimeOffset)value).ToUniversalTime();
        writer.String(date.Ticks % TimeSpan.TicksPerSecond == 0
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "Z"
            : date.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.ffffffZ", CultureInfo.InvariantCulture));
    }

    // What ResourceQuantityJsonConverter writes: the canonical text of the quantity.
    private static void WriteConverted(YamlTreeWriter writer, ResourceQuantity value)
    {
        if (value.ToString() is { } text)
        {
            writer.String(text);
        }
        else
        {
            writer.Null();
        }
    }
}
