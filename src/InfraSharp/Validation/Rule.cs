// Linked into the netstandard2.0 analyzer assembly: a plain class (no records, no init) on purpose.
using System;

namespace InfraSharp.Validation;

/// <summary>
/// One entry of the rule catalogue: the facts shared by the analyzer descriptor, the runtime validation and the
/// docs page of a diagnostic id.
/// </summary>
public sealed class Rule
{
    /// <summary>Creates a catalogue entry.</summary>
    /// <param name="id">The id (<c>ISHnnnn</c>).</param>
    /// <param name="title">A short title, phrased as the problem.</param>
    /// <param name="defaultSeverity">The severity unless configured otherwise.</param>
    /// <param name="category">The family of the rule.</param>
    /// <param name="description">One sentence saying what is checked and why.</param>
    /// <param name="fix">The standard fix.</param>
    /// <param name="kubeLinterCheck">The kube-linter check this rule mirrors, if any.</param>
    /// <param name="kubeScoreCheck">The kube-score check this rule mirrors, if any.</param>
    /// <param name="polarisCheck">The Polaris check this rule mirrors, if any.</param>
    public Rule(string id, string title, Severity defaultSeverity, RuleCategory category, string description, string fix,
        string? kubeLinterCheck = null, string? kubeScoreCheck = null, string? polarisCheck = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        DefaultSeverity = defaultSeverity;
        Category = category;
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Fix = fix ?? throw new ArgumentNullException(nameof(fix));
        KubeLinterCheck = kubeLinterCheck;
        KubeScoreCheck = kubeScoreCheck;
        PolarisCheck = polarisCheck;
    }

    /// <summary>The id (<c>ISHnnnn</c>).</summary>
    public string Id { get; }

    /// <summary>A short title, phrased as the problem.</summary>
    public string Title { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The family of the rule.</summary>
    public RuleCategory Category { get; }

    /// <summary>One sentence saying what is checked and why.</summary>
    public string Description { get; }

    /// <summary>The standard fix.</summary>
    public string Fix { get; }

    /// <summary>The docs page: <c>https://github.com/infrasharp/InfraSharp/blob/main/docs/rules/ISHnnnn.md</c>.</summary>
    public string HelpLink => RuleCatalog.HelpLinkFor(Id);

    /// <summary>The kube-linter check this rule mirrors (41xx), such as <c>latest-tag</c>.</summary>
    public string? KubeLinterCheck { get; }

    /// <summary>The kube-score check this rule mirrors (41xx), such as <c>container-image-tag</c>.</summary>
    public string? KubeScoreCheck { get; }

    /// <summary>The Polaris check this rule mirrors (41xx), such as <c>tagNotSpecified</c>.</summary>
    public string? PolarisCheck { get; }

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}
