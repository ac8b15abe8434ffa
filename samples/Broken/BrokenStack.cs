using InfraSharp;

namespace Broken;

/// <summary>
/// Everything here is fine except the published port: 70000 is not a port, so the analyzer stops the build with
/// ISH2003 on that argument, before any manifest could be written.
/// </summary>
[Stack("broken")]
public static class BrokenStack
{
    /// <summary>Declares the stack.</summary>
    public static void Define(IStackBuilder stack)
    {
        stack.AddService("web")
            .WithImage("nginx:1.27")
            .WithUser("101:101")
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "64Mi", memoryLimit: "128Mi")
            .WithHealthCheck(Probe.Http("/", 8080))
            .WithPort(8080, hostPort: 70000);
    }
}
