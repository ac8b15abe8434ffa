using System.Globalization;
using InfraSharp.Model;

namespace InfraSharp.Benchmarks;

/// <summary>
/// The workload of issue 6, shared by the BenchmarkDotNet benchmarks, the whole-process emitter and the cdk8s app
/// in <c>benchmarks/</c> (which must describe the same objects): <c>N</c> services, each with 2 replicas, an
/// <c>image:tag</c>, one container port, 3 environment variables, CPU/memory requests and limits, an HTTP health
/// check (a readiness and liveness probe on Kubernetes), a non-root user and its own named volume (1Gi) mounted at <c>/data</c>;
/// every service joins one network. Kubernetes: Deployment + Service + PersistentVolumeClaim per service (plus one
/// NetworkPolicy); Compose: the service, its volume and the network.
/// </summary>
public static class BenchmarkWorkload
{
    /// <summary>The name of the generated stack.</summary>
    public const string StackName = "scale";

    /// <summary>Builds the stack of <paramref name="services"/> services through the public DSL.</summary>
    public static StackDefinition Build(int services) => StackBuilder.Build(StackName, stack => Define(stack, services));

    /// <summary>Describes <paramref name="services"/> services on <paramref name="stack"/>.</summary>
    public static void Define(IStackBuilder stack, int services)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var network = stack.AddNetwork("backend");
        for (var i = 0; i < services; i++)
        {
            var name = "svc-" + i.ToString("D5", CultureInfo.InvariantCulture);
            var data = stack.AddVolume(name + "-data").WithSize("1Gi");
            stack.AddService(name)
                .WithImage("registry.example.com/team/" + name + ":1.0." + (i % 100).ToString(CultureInfo.InvariantCulture))
                .WithReplicas(2)
                // Internal port: a published one would clash on the host (ISH2004) with 1,000 services.
                .WithInternalPort(8080, name: "http")
                .WithEnvironment("SERVICE_NAME", name)
                .WithEnvironment("LOG_LEVEL", "info")
                .WithEnvironment("PORT", "8080")
                .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")
                .WithHealthCheck(Probe.Http("/healthz", 8080))
                // Not root (ISH4105), like cdk8s-plus's default runAsNonRoot.
                .WithUser("10001")
                .WithVolume(data, "/data")
                .WithNetwork(network);
        }
    }
}
