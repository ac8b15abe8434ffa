using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class WaitForHealthyWithoutHealthCheckAnalyzerTests
{
    private const string Id = "ISH2009";

    [Fact]
    public Task Waiting_healthy_for_a_service_without_health_check_reports_ISH2009() => Verifier.VerifyAsync(StackSource.Define("""
                var db = stack.AddService("db").WithImage("postgres:16");
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, {|ISH2009:DependencyCondition.Healthy|});
        """), Id);

    [Fact]
    public Task Health_check_declared_after_the_wait_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var db = stack.AddService("db").WithImage("postgres:16");
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, DependencyCondition.Healthy);
                db.WithHealthCheck(Probe.Exec("pg_isready"));
        """), Id);

    [Fact]
    public Task Default_condition_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var db = stack.AddService("db").WithImage("postgres:16");
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db);
        """), Id);

    [Fact]
    public Task Dependency_passed_to_a_helper_is_silent() => Verifier.VerifyAsync("""
        using InfraSharp;

        [Stack("shop")]
        public static class Shop
        {
            public static void Define(IStackBuilder stack)
            {
                var db = stack.AddService("db").WithImage("postgres:16");
                AddChecks(db);
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, DependencyCondition.Healthy);
            }

            private static void AddChecks(ServiceBuilder service) => service.WithHealthCheck(Probe.Tcp(5432));
        }
        """, Id);

    [Fact]
    public Task Health_check_in_a_branch_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var db = stack.AddService("db").WithImage("postgres:16");
                if (Environment.ProcessorCount > 0)
                {
                    db.WithHealthCheck(Probe.Tcp(5432));
                }
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, DependencyCondition.Healthy);
        """), Id);

    [Fact]
    public Task Non_constant_condition_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var condition = (DependencyCondition)Environment.ProcessorCount;
                var db = stack.AddService("db").WithImage("postgres:16");
                stack.AddService("web").WithImage("nginx:1.27").WaitFor(db, condition);
        """), Id);
}
