using System.Collections.Immutable;
using System.Composition;
using InfraSharp.Validation;
using InfraSharp.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace InfraSharp.CodeFixes;

/// <summary>ISH2001: replaces a string literal name by its DNS-1123 form (<c>"My_Web API"</c> becomes <c>"my-web-api"</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidNameFixer)), Shared]
public sealed class InvalidNameFixer : StringLiteralFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidName);

    /// <inheritdoc />
    protected override string? Rewrite(string value) => NameRules.Sanitize(value);

    /// <inheritdoc />
    protected override string Title(string replacement) => $"Rename to '{replacement}'";
}
