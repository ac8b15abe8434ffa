using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class LatestOrMissingTagFixerTests
{
    [Fact]
    public Task Latest_is_replaced_by_the_placeholder_tag() =>
        CodeFixVerifier<StackDefinitionAnalyzer, LatestOrMissingTagFixer>.VerifyAsync(
            StackSource.Define("""        stack.AddService("cache").WithImage({|ISH4101:"redis:latest"|});"""),
            StackSource.Define("""        stack.AddService("cache").WithImage("redis:1.0");"""),
            "ISH4101");

    [Fact]
    public Task Missing_tag_after_a_registry_port_gets_the_placeholder_tag() =>
        CodeFixVerifier<StackDefinitionAnalyzer, LatestOrMissingTagFixer>.VerifyAsync(
            StackSource.Define("""        stack.AddService("tools").WithImage({|ISH4101:"localhost:5000/tools/busybox"|});"""),
            StackSource.Define("""        stack.AddService("tools").WithImage("localhost:5000/tools/busybox:1.0");"""),
            "ISH4101");
}
