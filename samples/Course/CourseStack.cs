using InfraSharp;

namespace Course;

/// <summary>
/// The course's own example: a web app built from this folder, publishing 5000, with its source bind-mounted for
/// live editing, logs in a named volume, and Redis. The course used <c>links</c>; the modern form is a start-order
/// dependency (<c>WaitFor</c>) plus the service name that the project network resolves.
/// </summary>
[Stack("course")]
public static class CourseStack
{
    public static void Define(IStackBuilder stack)
    {
        var logs = stack.AddVolume("logvolume01");
        var redis = stack.AddService("redis").WithImage("redis");

        stack.AddService("web")
             .WithBuild(".", image: "ghcr.io/acme/course-web:1.0")
             .WithPort(5000)
             .WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip) // live source: development only
             .WithVolume(logs, "/var/log")
             .WaitFor(redis);
    }
}
