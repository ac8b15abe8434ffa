namespace InfraSharp.EndToEnd.Tests;

/// <summary>The stack code the end-to-end tests write into the fresh apps.</summary>
internal static class StackSources
{
    public static string Shop(bool withCache) => $$"""
        using InfraSharp;

        namespace UserApp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack)
            {
                {{(withCache ? "var cache = stack.AddService(\"cache\").WithImage(\"redis:7.2\").WithPort(6379);" : "// no cache")}}
                stack.AddService("web").WithImage("nginx:1.27").WithPort(8080, 8080);
            }
        }
        """;

    /// <summary>The 1-based line of <paramref name="marker"/> in <paramref name="source"/>.</summary>
    public static int LineOf(string source, string marker) =>
        source.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(marker, StringComparison.Ordinal)).index + 1;

    /// <summary>The port comes from code the analyzers cannot evaluate, so only the emit step can catch it.</summary>
    public static string ShopWithBrokenStack() => Shop(withCache: true) + """

        [Stack("broken")]
        public static class Broken
        {
            public static void Define(IStackBuilder stack)
            {
                var port = int.Parse("70000", System.Globalization.CultureInfo.InvariantCulture);
                stack.AddService("api").WithImage("nginx:1.27").WithPort(port);
            }
        }
        """;
}
