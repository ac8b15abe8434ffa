using InfraSharp;

namespace InfraSharp.Emit.Tests.Stacks;

// Line numbers below are asserted by the tests: add new code at the end of the file.

/// <summary>A valid stack: one web service and a cache.</summary>
[Stack("shop")]
public static class ShopStack
{
    /// <summary>Defines the stack.</summary>
    public static void Define(IStackBuilder stack)
    {
        var cache = stack.AddService("cache").WithImage("redis:7.2");
        stack.AddService("web").WithImage("nginx:1.27").WithPort(8080).WaitFor(cache);
    }
}

/// <summary>A stack whose code throws.</summary>
[Stack("throwing")]
public static class ThrowingStack
{
    /// <summary>Defines the stack.</summary>
    public static void Define(IStackBuilder stack)
    {
        stack.AddService("web").WithImage("nginx:1.27");
        throw new InvalidOperationException("settings file missing");
    }
}

/// <summary>A stack that fails validation (port out of range).</summary>
[Stack("invalid")]
public static class InvalidStack
{
    /// <summary>Defines the stack.</summary>
    public static void Define(IStackBuilder stack)
    {
        stack.AddService("web").WithImage("nginx:1.27").WithPort(70000);
    }
}
