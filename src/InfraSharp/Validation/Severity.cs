namespace InfraSharp.Validation;

/// <summary>How serious a diagnostic is. Errors stop emission; the rest are reported.</summary>
public enum Severity
{
    /// <summary>Something the user should know (such as a concept one target cannot express).</summary>
    Info,
    /// <summary>A risky choice.</summary>
    Warning,
    /// <summary>Output would be invalid or broken.</summary>
    Error,
}
