using System.Collections.Immutable;
using System.Text;
using InfraSharp.Generators.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using InfraSharp.Generators.Tests.Generator;

namespace InfraSharp.Generators.Tests;

/// <summary>Analyzers and generator over odd, half-written and huge code: no exception, no AD0001, no CS8785.</summary>
public class RobustnessTests
{
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>
        {
            { "partial stack", """
                using InfraSharp;
                [Stack("shop")] public static partial class Shop { }
                public static partial class Shop { public static void Define(IStackBuilder stack) => stack.AddService("web"); }
                """ },
            { "missing arguments", """
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        stack.AddService().WithImage().WithPort(, 80).WaitFor();
                        var v = stack.AddVolume(;
                        stack.AddService("a").WithVolume(v).WithBindMount();
                """ },
            { "attribute misuse", """
                using InfraSharp;
                [Stack] public static class A { public static void Define(IStackBuilder stack) { } }
                [Stack(1)] public static class B { public static void Define(IStackBuilder stack) { } }
                [Stack("c", "d")] public static class C { public static void Define(IStackBuilder stack) { } }
                public static class D { [Stack("d")] public static void Define(IStackBuilder stack) { } }
                [Stack(null)] public static class E { public static void Define(IStackBuilder stack) { } }
                """ },
            { "recursion", """
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) { var web = stack.AddService("web"); Define(stack); Again(web, 3); }
                    private static ServiceBuilder Again(ServiceBuilder s, int n) => n == 0 ? s : Again(s.WaitFor(s), n - 1);
                }
                """ },
            { "generics", """
                using System;
                using InfraSharp;
                public static class Parts<T> where T : new() {
                    public static void Add(IStackBuilder stack) { stack.AddService(typeof(T).Name).WithImage("a:1"); }
                    public static TB Pass<TB>(TB builder) where TB : ContainerBuilder<TB> => builder.WithImage("x:1");
                }
                [Stack("g")] public static class G<T> { public static void Define(IStackBuilder stack) => Parts<object>.Add(stack); }
                """ },
            { "lambdas and local functions", """
                using System;
                using System.Linq;
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        Action<IStackBuilder> part = s => s.AddService("a").WithImage("a:1");
                        part(stack);
                        Func<IStackBuilder, ServiceBuilder> make = s => { var x = s.AddService("b"); return x; };
                        var b = make(stack);
                        void Local(IStackBuilder s) { s.AddService("c"); s.AddService("c"); }
                        Local(stack);
                        foreach (var name in new[] { "d", "e" }.Select(n => n)) stack.AddService(name).WaitFor(b);
                        stack.AddService("f").WithSidecar("g", sc => sc.WithSidecarLike());
                        var h = stack.AddService("h"); h = b; h.WithImage("x:1");
                    }
                    static SidecarBuilder WithSidecarLike(this SidecarBuilder s) => s.WithImage("busybox:1.36");
                }
                """ },
            { "control flow", """
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using InfraSharp;
                public static class Flow {
                    public static void Goto(IStackBuilder stack) { again: stack.AddService("a"); if (Environment.TickCount > 0) goto again; }
                    public static void Switch(IStackBuilder stack, int n) { switch (n) { case 1: stack.AddService("a"); break; default: stack.AddService("a"); break; } }
                    public static void Try(IStackBuilder stack) { try { stack.AddService("a"); } catch { stack.AddService("a"); } finally { stack.AddService("b"); } }
                    public static void Reassigned(IStackBuilder stack, IStackBuilder other) { stack.AddService("a"); stack = other; stack.AddService("a"); }
                    public static async Task Async(IStackBuilder stack) { stack.AddService("a"); await Task.Yield(); stack.AddService("a"); }
                    public static IEnumerable<int> Iterator(IStackBuilder stack) { stack.AddService("a"); yield return 1; stack.AddService("a"); }
                    public static void Early(IStackBuilder stack) { if (stack is null) return; stack.AddService("a"); throw new Exception(); }
                    public static void Conditional(IStackBuilder? stack) { stack?.AddService("a")?.WithImage("b:1"); }
                    public static void Refs(IStackBuilder stack) { var a = stack.AddService("a"); ref var r = ref a; r.WithImage("x:1"); Out(out var o); o.WithImage("y:1"); }
                    static void Out(out ServiceBuilder s) => s = null!;
                    public static void Dynamic(IStackBuilder stack) { dynamic d = stack; d.AddService("a"); }
                    public static void Nulls(IStackBuilder stack) { default(ServiceBuilder)!.WithImage("a"); stack.AddService(null!).WithImage(null!).WaitFor(null!); }
                    public static void Tuple(IStackBuilder stack) { var (a, b) = (stack.AddService("a"), stack.AddService("b")); a.WaitFor(b); b.WaitFor(a); }
                    public static void Using(IStackBuilder stack) { using var x = new System.IO.MemoryStream(); stack.AddService("u"); lock (stack) { stack.AddService("u"); } }
                }
                """ },
            { "lookalike types", """
                namespace Fake { public interface IStackBuilder { object AddService(string name); } }
                namespace App { public static class P { public static void Define(Fake.IStackBuilder stack) { stack.AddService("Bad_Name"); stack.AddService("Bad_Name"); } } }
                """ },
            { "sidecar lambdas with statements", """
                using System;
                using System.Threading.Tasks;
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        var db = stack.AddService("db").WithImage("postgres:16");
                        var web = stack.AddService("web").WithImage("nginx:1.27");
                        web.WithSidecar("a", c => { for (var i = 0; i < 3; i++) c.WithTmpfs("/t" + i); return; });
                        web.WithSidecar("b", c => { if (c is null) throw new Exception(); c.WithImage("b:1"); });
                        web.WithSidecar("c", c => { c = null!; c.WithImage("c:1"); });
                        web.WithSidecar("d", async c => { await Task.Yield(); c.WithImage("d:1"); });
                        web.WithSidecar("e", static _ => { });
                        web.WithSidecar("f", c => { void Local() => c.WithImage("f:1"); Local(); stack.AddService("g").WaitFor(db).WaitFor(web); });
                        web.WithSidecar("h", c => c?.WithImage("h:1")?.WithUser("1"));
                        web.WithSidecar("i", c => { var x = c; x.WithImage("i:1"); x = null!; });
                        web.WithSidecar("j", c => { web.WithSidecar("k", d => d.WithImage("k:1")); c.WithImage("j:1"); });
                        web.WithInitContainer("l", c => { try { c.WithImage("l:1"); } finally { c.WithUser("1"); } });
                        web.WithSidecar("m", c => { goto end; end: c.WithImage("m:1"); });
                        web.WithSidecar("n", delegate { });
                        Action<SidecarBuilder> stored = c => c.WithImage("o:1");
                        web.WithSidecar("o", stored).WithSidecar("p", stored.Invoke).WithSidecar("q", x => stored(x));
                    }
                }
                """ },
            { "null literals", """
                using System;
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        stack.WithNamespace(null!);
                        stack.AddConfig(null!); stack.AddSecret(null!);
                        stack.AddService(null!).WithImage(null!).WithResources(null, null, null, null).WithEnvironment(null!, null!)
                            .WithPort(80, null, PortProtocol.Tcp, null, null).WithTmpfs(null!, null).WithVolume(null!, null!).WithConfig(null!, null)
                            .WithHealthCheck(Probe.Http(null!, 0).WithTimings(null, null, null, null)).WithContainerName(null!).WithReplicas(2)
                            .AsCronJob(null!).WithIngress(null!, null!, null, null, null).WithLink(null!, null).WithNetwork(null!, null)
                            .WithBindMount(null!, null!, false, BindMountOnKubernetes.NodeHostPath(null!)).WithSidecar(null!, null!)
                            .WithInitContainer(null!, c => c.WithImage(null!).WithBuild(null!, null, null, null));
                        stack.AddService("x").WithHealthCheck(Probe.Exec(null!)).WithHealthCheck(Probe.Exec((string)null!)).WithCommand(null!);
                    }
                }
                """ },
            { "named arguments out of order", """
                using System;
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        var db = stack.AddService(line: 3, name: "db", file: "x.cs").WithImage(line: 1, image: "postgres:16");
                        stack.AddService("web").WithPort(name: "http", hostIp: "127.0.0.1", protocol: PortProtocol.Udp, hostPort: 80, containerPort: 8080)
                            .WithResources(memoryLimit: "1", cpuRequest: "2").WithRollingUpdate(maxUnavailable: 0, maxSurge: 0)
                            .WithHealthCheck(Probe.Http(port: 80, path: "/").WithTimings(startPeriod: TimeSpan.MaxValue, retries: int.MinValue, timeout: TimeSpan.MinValue))
                            .WithSidecar(configure: c => c.WithImage("a:1").WithPort(hostPort: 80, containerPort: 81), name: "s")
                            .WithLink(alias: "x", service: db).WaitFor(condition: DependencyCondition.Healthy, dependency: db)
                            .WithIngress(port: 0, path: "/", host: "h").WithBindMount(kubernetes: null, target: "t", source: ".");
                    }
                }
                """ },
            { "params arrays and odd time spans", """
                using System;
                using InfraSharp;
                [Stack("shop")] public static class Shop {
                    public static void Define(IStackBuilder stack) {
                        var net = stack.AddNetwork("net");
                        stack.AddService("a").WithImage("a:1")
                            .WithHealthCheck(Probe.Exec(new[] { "a", null! })).WithHealthCheck(Probe.Exec(new string[] { }))
                            .WithHealthCheck(Probe.Exec(new string[3])).WithHealthCheck(Probe.Exec(new string[-1])).WithHealthCheck(Probe.Exec(default(string[])!))
                            .WithHealthCheck(Probe.Exec("", null!, " ")).WithCommand().WithEntrypoint(new string[0]).WithDns()
                            .WithNetwork(net, new string[0]).WithNetwork(net, new[] { (string)null!, "", "A" }).WithNetwork(net, aliases: ["b", "B"])
                            .WithHealthCheck(Probe.Tcp(1).WithTimings(TimeSpan.FromSeconds(double.NaN), TimeSpan.FromSeconds(1e308), -1, new TimeSpan(long.MinValue)))
                            .WithHealthCheck(Probe.Tcp(1).WithTimings(TimeSpan.FromSeconds(long.MaxValue, long.MinValue), TimeSpan.FromDays(0.0), 0, TimeSpan.FromTicks(-0)))
                            .WithHealthCheck(Probe.Tcp(1).WithTimings(-TimeSpan.FromSeconds(1), TimeSpan.Zero + TimeSpan.Zero, null, TimeSpan.Parse("0")));
                    }
                }
                """ },
            { "unbalanced", """
                using InfraSharp;
                [Stack("shop")] public static class Shop { public static void Define(IStackBuilder stack) { stack.AddService("a").WithPort(70000
                """ },
        };

        var chain = new StringBuilder("using InfraSharp;\n[Stack(\"long\")] public static class Long { public static void Define(IStackBuilder stack) {\n stack.AddService(\"web\").WithImage(\"nginx:1.27\")");
        for (var i = 0; i < 2000; i++)
        {
            chain.Append("\n  .WithEnvironment(\"K").Append(i).Append("\", \"v\")");
        }
        chain.Append(";\n}}\n");
        data.Add("2000-call chain", chain.ToString());

        var many = new StringBuilder("using InfraSharp;\n[Stack(\"many\")] public static class Many { public static void Define(IStackBuilder stack) {\n var first = stack.AddService(\"s0\").WithImage(\"a:1\");\n");
        for (var i = 1; i < 1000; i++)
        {
            many.Append(" stack.AddService(\"s").Append(i).Append("\").WithImage(\"a:1\").WithPort(").Append(1000 + i).Append(").WaitFor(first);\n");
        }
        many.Append("}}\n");
        data.Add("1000 services", many.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Analyzers_never_throw(string name, string source)
    {
        var exceptions = new List<string>();
        var compilation = TestCompilation.Create(source);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StackDefinitionAnalyzer(), new StackClassAnalyzer());

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.Count == 0, name + ": " + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Generator_never_throws(string name, string source)
    {
        var driver = GeneratorRunner.CreateDriver().RunGeneratorsAndUpdateCompilation(TestCompilation.Create(source), out _, out var diagnostics);

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.True(result.Exception is null, name + ": " + result.Exception);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id is "CS8785" or "CS8784");
    }

    [Fact]
    public async Task Lookalike_and_unreferenced_code_gets_no_InfraSharp_diagnostics()
    {
        var source = """
            namespace Fake { public interface IStackBuilder { object AddService(string name); } }
            namespace App { public static class P { public static void Define(Fake.IStackBuilder stack) { stack.AddService("Bad_Name"); stack.AddService("Bad_Name"); } } }
            """;
        var compilation = CSharpCompilation.Create("NoInfraSharp", new[] { CSharpSyntaxTree.ParseText(source) },
            TestCompilation.References.Where(reference => !(reference.Display ?? "").EndsWith("InfraSharp.dll", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StackDefinitionAnalyzer(), new StackClassAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Thousand_service_stack_reports_only_what_is_wrong()
    {
        var source = (string)Corpus().Single(row => (string)row[0] == "1000 services")[1];
        var compilation = TestCompilation.Create(source);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new StackDefinitionAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        // Every service lacks resources (ISH4102) and those with ports lack health checks (ISH4103); ISH4101 for the "a:1" image is not reported (pinned).
        Assert.Equal(1000, diagnostics.Count(d => d.Id == "ISH4102"));
        Assert.Equal(999, diagnostics.Count(d => d.Id == "ISH4103"));
        Assert.Empty(diagnostics.Where(d => d.Id is not ("ISH4102" or "ISH4103")));
    }
}
