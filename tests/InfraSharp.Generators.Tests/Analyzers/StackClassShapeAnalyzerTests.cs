using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackClassAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class StackClassShapeAnalyzerTests
{
    private const string Id = "ISH1001";

    [Fact]
    public Task Non_static_class_reports_ISH1001() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public class {|ISH1001:Shop|}
        {
            public static void Define(IStackBuilder stack) { }
        }
        """, Id);

    [Fact]
    public Task Missing_or_wrong_Define_reports_ISH1001() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("a")]
        public static class {|ISH1001:A|} { }

        [Stack("b")]
        public static class {|ISH1001:B|}
        {
            public static void Define(string stack) { }
        }

        [Stack("c")]
        public static class {|ISH1001:C|}
        {
            internal static void Define(IStackBuilder stack) { }
        }

        [Stack("d")]
        public static class {|ISH1001:D|}
        {
            public static int Define(IStackBuilder stack) => 0;
        }
        """, Id);

    [Fact]
    public Task Private_nested_class_reports_ISH1001() => Verifier.VerifyAsync("""
        using InfraSharp;

        public static class Outer
        {
            [Stack("shop")]
            private static class {|ISH1001:Shop|}
            {
                public static void Define(IStackBuilder stack) { }
            }
        }
        """, Id);

    [Fact]
    public Task Generic_class_reports_ISH1001() => Verifier.VerifyAsync("""
        using InfraSharp;

        public static class Outer<T>
        {
            [Stack("shop")]
            public static class {|ISH1001:Shop|}
            {
                public static void Define(IStackBuilder stack) { }
            }
        }
        """, Id);

    [Fact]
    public Task Well_formed_stack_classes_are_silent() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack) { }
            public static void Define(IStackBuilder stack, int extra) { }
        }

        internal static class Outer
        {
            [Stack("nested")]
            internal static class Nested
            {
                public static void Define(IStackBuilder stack) => stack.AddService("web");
            }
        }
        """, Id);
}
