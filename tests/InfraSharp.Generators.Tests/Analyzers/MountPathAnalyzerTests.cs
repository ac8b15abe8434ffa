using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class MountPathAnalyzerTests
{
    private const string Id = "ISH2014";

    [Fact]
    public Task Relative_mount_targets_report_ISH2014_at_the_target() => Verifier.VerifyAsync(StackSource.Define("""
                var data = stack.AddVolume("data");
                var conf = stack.AddConfig("app.conf").FromFile("app.conf");
                var key = stack.AddSecret("key").FromEnvironment("KEY");
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithVolume(data, {|ISH2014:"data"|})
                    .WithAnonymousVolume({|ISH2014:"./cache"|})
                    .WithTmpfs(size: "64Mi", target: {|ISH2014:"tmp"|})
                    .WithConfig(conf, {|ISH2014:"etc/app.conf"|})
                    .WithSecret(key, target: {|ISH2014:"key"|})
                    .WithSidecar("log", c => c.WithImage("busybox:1.36").WithTmpfs({|ISH2014:""|}));
        """), Id);

    [Fact]
    public Task Relative_bind_target_and_node_path_report_ISH2014() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithBindMount(".", {|ISH2014:"code"|}, kubernetes: BindMountOnKubernetes.NodeHostPath({|ISH2014:"srv/code"|}));
        """), Id);

    [Fact]
    public Task Absolute_targets_and_default_config_and_secret_paths_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var data = stack.AddVolume("data");
                var conf = stack.AddConfig("app.conf").FromFile("app.conf");
                var key = stack.AddSecret("key").FromEnvironment("KEY");
                stack.AddService("web").WithImage("nginx:1.27").WithVolume(data, "/data").WithTmpfs("/tmp").WithConfig(conf).WithSecret(key, null)
                    .WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.NodeHostPath("/srv/code"));
        """), Id);

    [Fact]
    public Task Non_constant_targets_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var path = Environment.CurrentDirectory;
                stack.AddService("web").WithImage("nginx:1.27").WithTmpfs(path).WithBindMount(".", path, kubernetes: BindMountOnKubernetes.NodeHostPath(path));
        """), Id);
}
