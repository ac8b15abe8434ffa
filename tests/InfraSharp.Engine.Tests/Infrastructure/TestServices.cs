namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>Services of the local busybox image, as the scenarios write them.</summary>
public static class TestServices
{
    /// <summary>A command that idles and stops at once on SIGTERM (a shell as PID 1 would ignore it).</summary>
    public static readonly string[] Idle = ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"];

    /// <summary>Adds a service of the local test image that is never pulled.</summary>
    public static ServiceBuilder AddBusybox(this IStackBuilder stack, string name) =>
        stack.AddService(name).WithImage(EngineFixture.TestImage).WithPullPolicy(PullPolicy.Never);
}
