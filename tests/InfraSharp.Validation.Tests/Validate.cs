using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

/// <summary>Builds small stacks and runs the validator on them.</summary>
internal static class Validate
{
    public static IReadOnlyList<StackDiagnostic> Stack(Action<IStackBuilder> define, EmitTargets targets = EmitTargets.All, string name = "shop") =>
        StackValidator.Validate(StackBuilder.Build(name, define), targets);

    /// <summary>A service that breaks no rule, best practice included.</summary>
    public static ServiceBuilder CleanService(this IStackBuilder stack, string name, int port = 8080) =>
        stack.AddService(name)
            .WithImage("ghcr.io/acme/" + name + ":1.0")
            .WithInternalPort(port)
            .WithHealthCheck(Probe.Http("/healthz", port))
            .WithResources("100m", "500m", "128Mi", "256Mi")
            .WithUser("1000:1000");

    /// <summary>The single diagnostic with <paramref name="id"/>.</summary>
    public static StackDiagnostic Single(this IReadOnlyList<StackDiagnostic> diagnostics, string id)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1,
            $"Expected one {id}, found {matching.Count}:\n" + string.Join("\n", diagnostics.Select(d => d.ToString())));
        return matching[0];
    }

    public static void HasNo(this IReadOnlyList<StackDiagnostic> diagnostics, string id) =>
        Assert.True(diagnostics.All(d => d.Id != id),
            $"Expected no {id}, found:\n" + string.Join("\n", diagnostics.Where(d => d.Id == id).Select(d => d.ToString())));

    public static void HasNoErrors(this IReadOnlyList<StackDiagnostic> diagnostics) =>
        Assert.True(diagnostics.All(d => d.Severity != Severity.Error),
            "Expected no errors, found:\n" + string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())));

    /// <summary>Asserts the parts every diagnostic must carry: object path, the named object and value, a fix, this file as location.</summary>
    public static StackDiagnostic Names(this StackDiagnostic diagnostic, string objectPath, params string[] inMessage)
    {
        Assert.Equal("shop", diagnostic.Stack);
        Assert.Equal(objectPath, diagnostic.ObjectPath);
        foreach (var text in inMessage)
        {
            Assert.Contains(text, diagnostic.Message, StringComparison.Ordinal);
        }
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Fix));
        Assert.Equal(RuleCatalog.Get(diagnostic.Id).DefaultSeverity, diagnostic.Severity);
        return diagnostic;
    }

    public static StackDiagnostic At(this StackDiagnostic diagnostic, string fileName)
    {
        Assert.True(diagnostic.Location.IsKnown, $"{diagnostic.Id} has no location.");
        Assert.Equal(fileName, Path.GetFileName(diagnostic.Location.FilePath));
        return diagnostic;
    }

    public const string ThisFile = "Validate.cs";
}
