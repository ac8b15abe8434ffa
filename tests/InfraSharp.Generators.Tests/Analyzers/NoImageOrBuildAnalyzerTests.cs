using Verifier = InfraSharp.Generators.Tests.AnalyzerVerifier<InfraSharp.Generators.Diagnostics.Analyzers.StackDefinitionAnalyzer>;

namespace InfraSharp.Generators.Tests.Analyzers;

public class NoImageOrBuildAnalyzerTests
{
    private const string Id = "ISH2010";

    [Fact]
    public Task Service_without_image_or_build_reports_ISH2010_at_AddService() => Verifier.VerifyAsync(StackSource.Define("""
                stack.{|ISH2010:AddService("web")|}.WithPort(80);
        """), Id);

    [Fact]
    public Task Local_service_never_given_an_image_reports_ISH2010() => Verifier.VerifyAsync(StackSource.Define("""
                var worker = stack.{|ISH2010:AddService("worker")|};
                worker.WithEnvironment("MODE", "batch");
        """), Id);

    [Fact]
    public Task Image_or_build_added_later_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var web = stack.AddService("web");
                web.WithImage("nginx:1.27");
                stack.AddService("api").WithBuild(".", image: "acme/api:1.0");
        """), Id);

    [Fact]
    public Task Image_set_in_a_lambda_loop_or_helper_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                var a = stack.AddService("a");
                Action set = () => a.WithImage("nginx:1.27");
                set();
                var b = stack.AddService("b");
                foreach (var image in new[] { "nginx:1.27" }) { b.WithImage(image); }
                var c = stack.AddService("c");
                Use(c);
                var d = stack.AddService("d").ConfigureCompose(service => { });
                static void Use(ServiceBuilder service) => service.WithImage("nginx:1.27");
        """), Id);

    [Fact]
    public Task Service_returned_from_a_helper_is_silent() => Verifier.VerifyAsync("""
        using InfraSharp;

        public static class Parts
        {
            public static ServiceBuilder AddDatabase(IStackBuilder stack) => stack.AddService("db");
            public static ServiceBuilder AddCache(IStackBuilder stack)
            {
                var cache = stack.AddService("cache");
                return cache;
            }
        }
        """, Id);

    [Fact]
    public Task Non_constant_image_is_silent() => Verifier.VerifyAsync(StackSource.Define("""
                stack.AddService("web").WithImage(Environment.MachineName);
        """), Id);
}
