namespace InfraSharp.Tests;

public class SmokeTests
{
    [Fact]
    public void Builders_record_services_in_declaration_order()
    {
        var stack = StackBuilder.Build("shop", s =>
        {
            s.AddService("web").WithImage("nginx:1.27");
            s.AddService("api").WithImage("api:1");
        });
        Assert.Equal(["web", "api"], stack.Services.Select(x => x.Name));
    }
}
