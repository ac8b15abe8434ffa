// Linked into the netstandard2.0 analyzer assembly: keep it free of net8-only APIs.
namespace InfraSharp.Validation;

/// <summary>What part of InfraSharp a rule is about; follows the id ranges of <see cref="DiagnosticIds"/>.</summary>
public enum RuleCategory
{
    /// <summary>1xxx: how the DSL is used (stack classes, attributes).</summary>
    Usage,
    /// <summary>2xxx: model rules that hold for both targets (names, ports, duplicates, cycles, mounts, images, quantities).</summary>
    Model,
    /// <summary>3xxx: what only the Compose target cannot express or needs a newer Compose for.</summary>
    Compose,
    /// <summary>40xx: what only the Kubernetes target needs or cannot express.</summary>
    Kubernetes,
    /// <summary>41xx: risky choices flagged by common Kubernetes linters.</summary>
    BestPractice,
    /// <summary>5xxx: problems while running the stack code or writing files.</summary>
    Emit,
}
