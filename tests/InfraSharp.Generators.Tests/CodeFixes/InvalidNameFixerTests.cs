using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class InvalidNameFixerTests
{
    [Fact]
    public Task Service_name_is_lower_cased_and_dashed() =>
        CodeFixVerifier<StackDefinitionAnalyzer, InvalidNameFixer>.VerifyAsync(
            StackSource.Define("""        stack.AddService({|ISH2001:"My_Web API"|}).WithImage("nginx:1.27");"""),
            StackSource.Define("""        stack.AddService("my-web-api").WithImage("nginx:1.27");"""),
            "ISH2001");

    [Fact]
    public Task Stack_name_in_the_attribute_is_sanitised() =>
        CodeFixVerifier<StackClassAnalyzer, InvalidNameFixer>.VerifyAsync(
            """
            using InfraSharp;

            [Stack({|ISH2001:"Online.Shop"|})]
            public static class Shop
            {
                public static void Define(IStackBuilder stack) { }
            }
            """,
            """
            using InfraSharp;

            [Stack("online-shop")]
            public static class Shop
            {
                public static void Define(IStackBuilder stack) { }
            }
            """,
            "ISH2001");
}
