using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using InfraSharp.Generators.Benchmarks;

if (args.Length > 0 && args[0] == "bench")
{
    BenchmarkSwitcher.FromAssembly(typeof(CompileTimeBenchmarks).Assembly).Run(args.Skip(1).ToArray());
    return 0;
}
if (args.Length > 0 && args[0] == "source")
{
    // Writes the 1,000-service stack, for a real `dotnet build -p:ReportAnalyzer=true` (see README.md).
    File.WriteAllText(args[1], Workloads.ServicesStack(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000));
    return 0;
}

// quick: Stopwatch medians of warm runs; coarse, but fast enough for a shared machine.
var stacks = Workloads.Compile(Workloads.ManyStacks(100));
var services = Workloads.Compile(Workloads.ServicesStack(1000));
var generator = Median(() => CompileTimeBenchmarks.RunGenerator(stacks));
var compile = Median(() => CompileTimeBenchmarks.CloneFresh(services).GetDiagnostics());
var compileAndAnalyze = Median(() =>
{
    var fresh = CompileTimeBenchmarks.CloneFresh(services);
    fresh.GetDiagnostics();
    CompileTimeBenchmarks.RunAnalyzers(fresh);
});
var analyzers = compileAndAnalyze - compile;
Console.WriteLine(FormattableString.Invariant($"generator, 100 stacks:                {generator:F1} ms"));
Console.WriteLine(FormattableString.Invariant($"compile (bind+check), 1000 services:  {compile:F1} ms"));
Console.WriteLine(FormattableString.Invariant($"analyzers on top, 1000 services:      {analyzers:F1} ms ({100 * analyzers / compile:F1}% of compile)"));
return 0;

static double Median(Action action, int runs = 9)
{
    action();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[runs / 2];
}
