using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InfraSharp.CodeFixes;

/// <summary>
/// ISH4101: pins an unpinned image literal to the placeholder tag <c>1.0</c> (<c>"redis:latest"</c> and
/// <c>"redis"</c> become <c>"redis:1.0"</c>). We cannot know which version the user runs, so the fix writes a visible
/// placeholder to edit rather than guessing a real one; the action title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LatestOrMissingTagFixer)), Shared]
public sealed class LatestOrMissingTagFixer : StringLiteralFixer
{
    /// <summary>The tag written by the fix.</summary>
    public const string PlaceholderTag = "1.0";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LatestOrMissingTag);

    /// <summary>Drops a <c>:latest</c> tag and appends the placeholder tag.</summary>
    public static string Pin(string image)
    {
        const string latest = ":latest";
        var name = image.EndsWith(latest, StringComparison.Ordinal) ? image.Substring(0, image.Length - latest.Length) : image;
        return name + ":" + PlaceholderTag;
    }

    /// <inheritdoc />
    protected override string? Rewrite(string value) => Pin(value);

    /// <inheritdoc />
    protected override string Title(string replacement) => $"Pin to '{replacement}' (edit the placeholder tag to the version you run)";
}
