using System.Globalization;
using InfraSharp.Model;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// A stack that uses much of the DSL (probes of every kind, published and internal ports, volumes, tmpfs, networks,
/// dependencies, labels, resources, odd environment values), repeated to a given size: input for the fast-path
/// identity tests.
/// </summary>
internal static class VariedStack
{
    public static StackDefinition Build(int services) => StackBuilder.Build("varied", stack =>
    {
        var front = stack.AddNetwork("front");
        var back = stack.AddNetwork("back");
        ServiceBuilder? previous = null;
        for (var i = 0; i < services; i++)
        {
            var name = "svc-" + i.ToString(CultureInfo.InvariantCulture);
            var volume = stack.AddVolume(name + "-data").WithSize((i % 5 + 1).ToString(CultureInfo.InvariantCulture) + "Gi");
            var service = stack.AddService(name)
                .WithImage("registry.example.com/team/" + name + ":1." + i.ToString(CultureInfo.InvariantCulture))
                .WithReplicas(i % 3 + 1)
                .WithInternalPort(8080, name: "http")
                .WithEnvironment("SERVICE_NAME", name)
                .WithEnvironment("FLAG", i % 2 == 0 ? "yes" : "off")
                .WithEnvironment("GREETING", "hello \"world\" $HOME #" + i.ToString(CultureInfo.InvariantCulture))
                .WithEnvironment("PATHS", "a:b:c")
                .WithLabel("team", "t" + (i % 7).ToString(CultureInfo.InvariantCulture))
                .WithResources(cpuRequest: "100m", cpuLimit: "0.5", memoryRequest: "128Mi", memoryLimit: "1Gi")
                .WithVolume(volume, "/data")
                .WithTmpfs("/tmp", "64Mi")
                .WithNetwork(i % 2 == 0 ? front : back)
                .WithCommand("serve", "--port", "8080", "--name=" + name);
            service = (i % 3) switch
            {
                0 => service.WithHealthCheck(Probe.Http("/healthz", 8080)),
                1 => service.WithHealthCheck(Probe.Exec("sh", "-c", "wget -q -O- http://localhost:8080/ || exit 1")),
                _ => service.WithHealthCheck(Probe.Tcp(8080)),
            };
            if (i % 10 == 0)
            {
                service.WithPort(9000 + i);
            }
            if (previous is not null && i % 4 == 0)
            {
                service.WaitFor(previous);
            }
            previous = service;
        }
    });
}
