using InfraSharp.Generators.Analysis;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>ISH2007 (invalid image reference) and ISH4101 (latest or missing tag) on a constant image.</summary>
internal static class ImageReferenceRule
{
    public static void CheckArgument(Action<Diagnostic> report, IArgumentOperation? argument)
    {
        if (!OperationValues.TryGetString(argument, out var image) || image is null)
        {
            return;
        }
        var location = OperationValues.LocationOf(argument!);
        if (!ImageReferenceRules.IsValid(image))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.InvalidImageReference, location, image));
        }
        else if (!ImageReferenceRules.HasPinnedTag(image))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.LatestOrMissingTag, location, image));
        }
    }
}
