namespace InfraSharp.Generators.Tests;

/// <summary>Wraps statements into a stack class the way users write one.</summary>
internal static class StackSource
{
    public static string Define(string statements) => $$"""
        using System;
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack)
            {
        {{statements}}
            }
        }
        """;
}
