namespace InfraSharp.Validation;

/// <summary>Thrown when a stack has errors; nothing was written. <see cref="Exception.Message"/> lists every error.</summary>
public sealed class StackValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostics"/> (errors first).</summary>
    public StackValidationException(string stack, IReadOnlyList<StackDiagnostic> diagnostics)
        : base(Describe(stack, diagnostics))
    {
        Stack = stack;
        Diagnostics = diagnostics;
    }

    /// <summary>The stack name.</summary>
    public string Stack { get; }

    /// <summary>Every diagnostic, errors included.</summary>
    public IReadOnlyList<StackDiagnostic> Diagnostics { get; }

    private static string Describe(string stack, IReadOnlyList<StackDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        return $"Stack '{stack}' has {errors.Count} error(s); nothing was written:" + Environment.NewLine +
               string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
