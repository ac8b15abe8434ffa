using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class DuplicateMountTargetAnalyzerTests
{
    private const string Id = "ISH2006";

    [Fact]
    public Task Volume_and_tmpfs_at_one_path_report_ISH2006() => Verifier.VerifyAsync(StackSource.Define("""
                var data = stack.AddVolume("data");
                stack.AddService("web").WithImage("nginx:1.27").WithVolume(data, "/data").WithTmpfs({|ISH2006:"/data/"|});
        """), Id);

    [Fact]
    public Task Bind_mount_and_anonymous_volume_at_one_path_report_ISH2006() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27");
                web.WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip);
                web.WithAnonymousVolume({|ISH2006:"/code"|});
        """), Id);

    [Fact]
    public Task Distinct_paths_and_distinct_services_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var data = stack.AddVolume("data");
                stack.AddService("a").WithImage("nginx:1.27").WithVolume(data, "/data").WithTmpfs("/tmp");
                stack.AddService("b").WithImage("nginx:1.27").WithVolume(data, "/data");
        """), Id);

    [Fact]
    public Task Non_constant_path_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var path = Environment.CurrentDirectory;
                stack.AddService("a").WithImage("nginx:1.27").WithTmpfs(path).WithTmpfs(path);
        """), Id);

    [Fact]
    public Task Mount_after_a_conditional_return_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web").WithImage("nginx:1.27").WithTmpfs("/cache");
                web.WithSidecar("log", c => { c.WithImage("busybox:1.36").WithTmpfs("/a"); if (c.Name.Length > 3) { return; } c.WithTmpfs("/a"); });
                if (Environment.ProcessorCount > 1) return;
                web.WithAnonymousVolume("/cache");
        """), Id);
}
