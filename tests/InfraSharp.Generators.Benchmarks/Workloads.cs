extern alias runtime;

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSharp.Generators.Benchmarks;

/// <summary>Generated stack sources and the compilations built from them.</summary>
internal static class Workloads
{
    private static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    /// <summary>One stack of <paramref name="services"/> services, each a realistic chain of With* calls.</summary>
    public static string ServicesStack(int services)
    {
        var source = new StringBuilder("using InfraSharp;\n\n[Stack(\"big\")]\npublic static class Big\n{\n    public static void Define(IStackBuilder stack)\n    {\n");
        source.Append("        var back = stack.AddNetwork(\"back\");\n");
        for (var i = 0; i < services; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            source.Append("        var s").Append(n).Append(" = stack.AddService(\"svc-").Append(n).Append("\")\n")
                .Append("            .WithImage(\"ghcr.io/acme/svc-").Append(n).Append(":1.0\")\n")
                .Append("            .WithPort(").Append((10000 + i).ToString(CultureInfo.InvariantCulture)).Append(")\n")
                .Append("            .WithEnvironment(\"A\", \"1\").WithEnvironment(\"B\", \"2\").WithEnvironment(\"C\", \"3\")\n")
                .Append("            .WithResources(\"100m\", \"500m\", \"128Mi\", \"256Mi\")\n")
                .Append("            .WithHealthCheck(Probe.Http(\"/healthz\", 8080))\n")
                .Append("            .WithUser(\"1000\")\n")
                .Append("            .WithVolume(stack.AddVolume(\"data-").Append(n).Append("\").WithSize(\"1Gi\"), \"/data\")\n")
                .Append("            .WithNetwork(back)");
            if (i > 0)
            {
                source.Append("\n            .WaitFor(s").Append((i - 1).ToString(CultureInfo.InvariantCulture)).Append(')');
            }
            source.Append(";\n");
        }
        source.Append("    }\n}\n");
        return source.ToString();
    }

    /// <summary><paramref name="stacks"/> stack classes, one file each, with three services apiece.</summary>
    public static string[] ManyStacks(int stacks) =>
        Enumerable.Range(0, stacks).Select(i =>
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            return $$"""
                using InfraSharp;

                namespace Acme.Stacks{{n}};

                [Stack("stack-{{n}}")]
                public static class Stack{{n}}
                {
                    public static void Define(IStackBuilder stack)
                    {
                        var db = stack.AddService("db").WithImage("postgres:16").WithHealthCheck(Probe.Tcp(5432));
                        stack.AddService("api").WithImage("acme/api:1.0").WaitFor(db);
                        stack.AddService("web").WithImage("nginx:1.27").WithPort(8080);
                    }
                }
                """;
        }).ToArray();

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("Bench",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/src/S{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtimeFolder)
            .Append(typeof(runtime::InfraSharp.StackBuilder).Assembly.Location)
            .Append(typeof(k8s.IKubernetesObject).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
