using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

public class QuantityRulesTests
{
    [Theory]
    [InlineData("250m", 0.25)]
    [InlineData("0.5", 0.5)]
    [InlineData("2", 2)]
    [InlineData("1Ki", 1024)]
    [InlineData("128Mi", 134217728)]
    [InlineData("500M", 500000000)]
    [InlineData("1e3", 1000)]
    [InlineData("1.5E-2", 0.015)]
    [InlineData(".5", 0.5)]
    public void TryParse_gives_the_value_in_base_units(string text, double expected)
    {
        Assert.True(QuantityRules.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1 Gi")]
    [InlineData("1GB")]
    [InlineData("1gi")]
    [InlineData("abc")]
    [InlineData("1e99")]
    [InlineData("99999999999999999999999999999Ei")]
    public void TryParse_rejects_what_is_not_a_quantity(string? text) => Assert.False(QuantityRules.TryParse(text, out _));

    [Theory]
    [InlineData("250m", true)]
    [InlineData("0.5", true)]
    [InlineData("2", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("512Mi", false)]
    [InlineData("2k", false)]
    public void Cpu_is_a_positive_number_of_cores_or_millicores(string text, bool valid) => Assert.Equal(valid, QuantityRules.IsValidCpu(text));

    [Theory]
    [InlineData("128Mi", true)]
    [InlineData("1Gi", true)]
    [InlineData("500M", true)]
    [InlineData("1e3", true)]
    [InlineData("100m", false)]
    [InlineData("0Mi", false)]
    [InlineData("1GB", false)]
    public void Memory_is_a_positive_byte_quantity_without_milli(string text, bool valid) => Assert.Equal(valid, QuantityRules.IsValidMemory(text));
}
