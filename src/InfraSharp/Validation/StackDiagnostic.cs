using System.Globalization;
using InfraSharp.Model;

namespace InfraSharp.Validation;

/// <summary>One problem found in a stack: which rule, where, and how to fix it.</summary>
/// <param name="Id">Rule id (<c>ISHnnnn</c>).</param>
/// <param name="Severity">Severity.</param>
/// <param name="Stack">Stack name.</param>
/// <param name="ObjectPath">Path of the object, such as <c>services.web.ports[0]</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="Location">Where in the user's code.</param>
public sealed record StackDiagnostic(string Id, Severity Severity, string Stack, string ObjectPath, string Message, string Fix, SourceLocation Location)
{
    /// <summary>The MSBuild/compiler form: <c>file(line,1): error ISH2003: stack 'shop', services.web: ... Fix: ...</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var origin = Location.IsKnown
            ? string.Create(CultureInfo.InvariantCulture, $"{Location.FilePath}({Location.Line},1): ")
            : string.Empty;
        return $"{origin}{severity} {Id}: stack '{Stack}', {ObjectPath}: {Message} Fix: {Fix}";
    }
}
