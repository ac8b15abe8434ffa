using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class InvalidScheduleAnalyzerTests
{
    private const string Id = "ISH2017";

    [Fact]
    public Task Invalid_schedules_report_ISH2017_at_the_schedule() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").AsCronJob({|ISH2017:"every day"|});
                stack.AddService("b").WithImage("nginx:1.27").AsCronJob(schedule: {|ISH2017:"* * * *"|});
                stack.AddService("c").WithImage("nginx:1.27").AsCronJob({|ISH2017:null|}!);
        """), Id);

    [Fact]
    public Task Valid_schedules_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").AsCronJob("*/15 * * * *");
                stack.AddService("b").WithImage("nginx:1.27").AsCronJob("@daily");
        """), Id);

    [Fact]
    public Task Non_constant_schedule_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("a").WithImage("nginx:1.27").AsCronJob(Environment.GetEnvironmentVariable("SCHEDULE")!);
        """), Id);
}
