using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackClassAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class DuplicateStackNameAnalyzerTests
{
    private const string Id = "ISH1002";

    [Fact]
    public Task Two_stacks_with_one_name_report_ISH1002_at_the_second() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack) { }
        }

        [Stack({|ISH1002:"shop"|})]
        public static class ShopCopy
        {
            public static void Define(IStackBuilder stack) { }
        }
        """, Id);

    [Fact]
    public Task Distinct_names_are_silent() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack) { }
        }

        [Stack("blog")]
        public static class Blog
        {
            public static void Define(IStackBuilder stack) { }
        }
        """, Id);
}
