using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>Scenario 5: WaitFor a service with a health check starts the dependant only once the check passes.</summary>
[Collection(EngineCollection.Name)]
public sealed class HealthDependencyTests(EngineFixture engine)
{
    [Fact]
    public async Task Dependant_starts_only_after_dependency_health_check_passes()
    {
        var stack = StackBuilder.Build("health", s =>
        {
            var shared = s.AddVolume("shared");
            // The dependency becomes ready 4 s after start; its health check looks for the marker.
            var database = s.AddBusybox("database")
                .WithCommand("sh", "-c", "trap 'exit 0' TERM; sleep 4; touch /shared/ready; while true; do sleep 1; done")
                .WithVolume(shared, "/shared")
                .WithHealthCheck(Probe.Exec("test", "-f", "/shared/ready")
                    .WithTimings(interval: TimeSpan.FromSeconds(1), timeout: TimeSpan.FromSeconds(1), retries: 30));
            // The dependant records, as its first act, whether the dependency was ready when it started.
            s.AddBusybox("api")
                .WithCommand("sh", "-c", "trap 'exit 0' TERM; if test -f /shared/ready; then echo after-ready; else echo too-early; fi > /shared/api-start; while true; do sleep 1; done")
                .WithVolume(shared, "/shared")
                .WaitFor(database);
        });
        await using var project = ComposeProject.Create(engine, stack);
        Assert.Contains("service_healthy", project.ComposeText, StringComparison.Ordinal);

        await project.UpAsync();
        await Wait.UntilAsync(async () => (await project.ExecAsync("api", "test", "-f", "/shared/api-start")).Succeeded,
            TimeSpan.FromSeconds(60), "api writing /shared/api-start");
        var startState = await project.ExecAsync("api", "cat", "/shared/api-start");
        Assert.True(startState.Output == "after-ready\n", $"api started {startState.Output.Trim()} (before database was healthy)\ncompose.yaml:\n{project.ComposeText}");
        var health = await engine.Podman("inspect", "--format", "{{.State.Health.Status}}", await project.ContainerIdAsync("database"));
        Assert.Equal("healthy", health.Output.Trim());
    }
}
