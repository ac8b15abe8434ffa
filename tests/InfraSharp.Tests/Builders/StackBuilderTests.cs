namespace InfraSharp.Tests.Builders;

public class StackBuilderTests
{
    [Fact]
    public void Build_from_a_stack_class_uses_its_attribute_name_and_Define()
    {
        var stack = StackBuilder.Build(typeof(Course.CourseStack));
        Assert.Equal("course", stack.Name);
        Assert.Equal(["redis", "web"], stack.Services.Select(s => s.Name));
    }

    [Fact]
    public void Build_from_a_type_without_the_attribute_explains_what_is_missing()
    {
        var error = Assert.Throws<ArgumentException>(() => StackBuilder.Build(typeof(StackBuilderTests)));
        Assert.Contains("[Stack]", error.Message);
    }

    [Fact]
    public void Build_from_a_stack_class_without_Define_names_the_stack_and_the_expected_method()
    {
        var error = Assert.Throws<ArgumentException>(() => StackBuilder.Build(typeof(NoDefine)));
        Assert.Contains("'broken'", error.Message);
        Assert.Contains("public static void Define(IStackBuilder stack)", error.Message);
    }

    [Fact]
    public void Stack_level_settings_are_recorded()
    {
        var stack = StackBuilder.Build("shop", s => s.WithNamespace("shop-prod").WithLabel("team", "payments"));
        Assert.Equal("shop-prod", stack.Namespace);
        Assert.Equal("payments", stack.Labels["team"]);
    }

    [Stack("broken")]
    private static class NoDefine
    {
    }
}
