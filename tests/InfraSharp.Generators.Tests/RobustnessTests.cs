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
