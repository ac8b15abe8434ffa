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

    /// <summary>
    /// The image comes from the environment, so only the emit step sees that it has no tag (ISH4101); the other
    /// best-practice warnings of this service are visible to the analyzers too and must show once.
    /// </summary>
    public static string ShopWithRuntimeOnlyWarning() => Shop(withCache: true) + """

        [Stack("dynamic")]
        public static class Dynamic
        {
            public static void Define(IStackBuilder stack)
            {
                var image = System.Environment.GetEnvironmentVariable("INFRASHARP_E2E_UNSET_IMAGE") ?? "nginx";
                stack.AddService("proxy").WithImage(image).WithPort(8081);
            }
        }
        """;
}
