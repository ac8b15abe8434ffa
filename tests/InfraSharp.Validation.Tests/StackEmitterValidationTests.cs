using InfraSharp.Emit;
using InfraSharp.Validation;

namespace InfraSharp.Validation.Tests;

public class StackEmitterValidationTests
{
    [Fact]
    public void Emit_of_a_bad_stack_throws_listing_every_error_with_id_stack_and_path()
    {
        var stack = StackBuilder.Build("shop", s =>
        {
            s.AddService("Web").WithImage("nginx:1.27").WithPort(70000);
            s.AddService("db");
        });
        var exception = Assert.Throws<StackValidationException>(() => StackEmitter.Emit(stack));
        Assert.Equal("shop", exception.Stack);
        Assert.Contains("3 error(s)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("error ISH2001: stack 'shop', services.Web:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("error ISH2003: stack 'shop', services.Web.ports[0]:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("error ISH2010: stack 'shop', services.db:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("StackEmitterValidationTests.cs(", exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void Warnings_alone_do_not_make_the_validator_fail() =>
        Validate.Stack(s => s.AddService("web").WithImage("nginx").WithPort(80)).HasNoErrors();
}
