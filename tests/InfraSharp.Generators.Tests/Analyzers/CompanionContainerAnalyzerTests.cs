using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

/// <summary>Sidecars and init containers get the whole-container rules when their lambda is straight-line.</summary>
public class CompanionContainerAnalyzerTests
{
    [Fact]
    public Task Sidecar_without_image_reports_ISH2010_at_its_name() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithSidecar({|ISH2010:"log"|}, c => c.WithEnvironment("LEVEL", "info"));
        """), "ISH2010");

    [Fact]
    public Task Init_container_with_a_statement_body_and_no_image_reports_ISH2010() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithInitContainer({|ISH2010:"migrate"|}, c =>
                {
                    c.WithEnvironment("MODE", "up");
                    var same = c.WithUser("1000");
                    same.WithCommand("migrate", "up");
                });
                stack.AddService("api").WithImage("nginx:1.27").WithInitContainer({|ISH2010:"seed"|}, delegate (SidecarBuilder c) { c.WithUser("1000"); });
        """), "ISH2010");

    [Fact]
    public Task Sidecars_with_images_or_that_cannot_be_followed_are_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var flag = Environment.TickCount > 0;
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithSidecar("a", c => c.WithImage("busybox:1.36"))
                    .WithSidecar("b", c => { var x = c.WithUser("1000"); x.WithBuild("./b", image: "acme/b:1.0"); })
                    .WithSidecar("c", Configure)
                    .WithSidecar("d", c => { if (flag) { c.WithImage("busybox:1.36"); } })
                    .WithSidecar("e", c => Helper(c))
                    .WithSidecar("f", c => c.WithImage(Environment.MachineName))
                    .WithSidecar("g", c => { Action later = () => c.WithImage("busybox:1.36"); later(); })
                    .WithSidecar("h", null!);
                var open = stack.AddService("open").WithImage("nginx:1.27").WithSidecar("i", c => c.WithUser("1000"));
                Patch(open);
                static void Configure(SidecarBuilder c) => c.WithImage("busybox:1.36");
                static void Helper(SidecarBuilder c) => c.WithImage("busybox:1.36");
                static void Patch(ServiceBuilder s) => s.Definition.Sidecars.Clear();
        """), "ISH2010");

    [Fact]
    public Task Duplicate_mount_inside_a_sidecar_reports_ISH2006_but_not_across_containers() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithTmpfs("/tmp")
                    .WithSidecar("log", c => c.WithImage("busybox:1.36").WithTmpfs("/tmp").WithAnonymousVolume({|ISH2006:"/tmp/"|}));
        """), "ISH2006");

    [Fact]
    public Task Sidecar_image_without_tag_reports_ISH4101() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithSidecar("log", c => c.WithImage({|ISH4101:"busybox"|}));
        """), "ISH4101");

    [Fact]
    public Task Built_sidecar_without_image_name_reports_ISH4001() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithSidecar("log", c => c.{|ISH4001:WithBuild("./log")|});
                stack.AddService("api").WithImage("nginx:1.27").WithSidecar("log", c => c.WithBuild("./log", image: "acme/log:1.0"));
        """), "ISH4001");

    [Fact]
    public Task Sidecar_port_clashing_with_its_service_reports_ISH2004_but_init_container_does_not() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithPort(80)
                    .WithSidecar("proxy", c => c.WithImage("envoyproxy/envoy:v1.30").WithPort(81, {|ISH2004:80|}))
                    .WithInitContainer("probe", c => c.WithImage("busybox:1.36").WithPort(8080, 80));
        """), "ISH2004");

    [Fact]
    public Task Sidecar_without_resources_reports_ISH4102_at_its_name() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27").WithResources("100m", "500m", "128Mi", "256Mi")
                    .WithSidecar({|ISH4102:"log"|}, c => c.WithImage("busybox:1.36"))
                    .WithSidecar("metrics", c => c.WithImage("busybox:1.36").WithResources(cpuRequest: "10m"));
        """), "ISH4102");

    [Fact]
    public Task Companion_names_clashing_in_the_pod_or_in_Compose_report_ISH2002() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web-log").WithImage("nginx:1.27");
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithSidecar({|ISH2002:"web"|}, c => c.WithImage("busybox:1.36"))
                    .WithSidecar({|ISH2002:"log"|}, c => c.WithImage("busybox:1.36"))
                    .WithSidecar("metrics", c => c.WithImage("busybox:1.36"))
                    .WithInitContainer({|ISH2002:"metrics"|}, c => c.WithImage("busybox:1.36"));
                stack.AddService("api").WithImage("nginx:1.27").WithSidecar("metrics", c => c.WithImage("busybox:1.36"));
        """), "ISH2002");

    [Fact]
    public Task Image_set_after_a_conditional_return_is_silent_and_a_discarded_parameter_reports() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage("nginx:1.27")
                    .WithSidecar("a", c => { if (Environment.ProcessorCount > 64) return; c.WithImage("busybox:1.36"); })
                    .WithSidecar("b", c => c?.WithImage("busybox:1.36"))
                    .WithSidecar("c", c => { try { c.WithImage("busybox:1.36"); } finally { } })
                    .WithSidecar({|ISH2010:"d"|}, static _ => { })
                    .WithInitContainer({|ISH2010:"e"|}, c => { c.WithUser("1000"); return; });
                var api = stack.AddService("api");
                if (Environment.ProcessorCount > 64) return;
                api.WithImage("nginx:1.27");
        """), "ISH2010");
}
