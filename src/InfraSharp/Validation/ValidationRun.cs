using System.Globalization;
using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Validation;

/// <summary>One validation of one stack: collects diagnostics with the declaration order of the object they are about.</summary>
internal sealed partial class ValidationRun
{
    private readonly StackDefinition _stack;
    private readonly bool _kubernetes;
    private readonly List<(int Owner, int Sequence, StackDiagnostic Diagnostic)> _found = new();

    public ValidationRun(StackDefinition stack, EmitTargets targets)
    {
        _stack = stack;
        _kubernetes = targets.HasFlag(EmitTargets.Kubernetes);
    }

    // Owners in declaration order: the stack, then each kind in the order the DSL lists them.
    private int StackOwner => 0;
    private int ServiceOwner(int index) => 1 + index;
    private int VolumeOwner(int index) => 1 + _stack.Services.Count + index;
    private int NetworkOwner(int index) => VolumeOwner(_stack.Volumes.Count) + index;
    private int ConfigOwner(int index) => NetworkOwner(_stack.Networks.Count) + index;
    private int SecretOwner(int index) => ConfigOwner(_stack.Configs.Count) + index;

    public IReadOnlyList<StackDiagnostic> Run()
    {
        CheckStack();
        for (var i = 0; i < _stack.Services.Count; i++)
        {
            CheckService(ServiceOwner(i), _stack.Services[i]);
        }
        CheckVolumes();
        CheckNetworks();
        CheckConfigs();
        CheckSecrets();
        CheckDuplicateNames();
        CheckHostPortClashes();
        CheckDependencyCycles();
        return _found
            .OrderBy(f => f.Owner)
            .ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Sequence)
            .Select(f => f.Diagnostic)
            .ToList();
    }

    private void Report(int owner, string id, string path, string message, SourceLocation? location, string? fix = null)
    {
        var rule = RuleCatalog.Get(id);
        var where = location is { IsKnown: true } ? location : _stack.Location;
        _found.Add((owner, _found.Count, new StackDiagnostic(id, rule.DefaultSeverity, _stack.Name, path, message, fix ?? rule.Fix, where)));
    }

    private void CheckName(int owner, string what, string? name, string path, SourceLocation? location, bool subdomain = false)
    {
        if (subdomain ? Rules.NameRules.IsValidSubdomain(name) : Rules.NameRules.IsValidName(name))
        {
            return;
        }
        var suggestion = Rules.NameRules.Sanitize(name);
        var fix = suggestion.Length > 0
            ? $"Rename it to '{suggestion}': lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters."
            : null;
        Report(owner, DiagnosticIds.InvalidName, path,
            subdomain
                ? $"{what} has the name '{name}', which is not a valid DNS subdomain (dot-separated lower-case letters, digits and '-', at most 253 characters)."
                : $"{what} has the name '{name}', which is not a valid DNS label (lower-case letters, digits and '-', at most 63 characters).",
            location, fix);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Where(SourceLocation? location) =>
        location is { IsKnown: true } ? $" (declared at {location.FilePath}({Text(location.Line)}))" : string.Empty;
}
