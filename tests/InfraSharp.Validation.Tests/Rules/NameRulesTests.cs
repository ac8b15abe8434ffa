using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

public class NameRulesTests
{
    [Theory]
    [InlineData("web")]
    [InlineData("web-api")]
    [InlineData("a")]
    [InlineData("0day")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123")]
    public void Dns_labels_are_valid(string name) => Assert.True(NameRules.IsValidName(name));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Web")]
    [InlineData("web_api")]
    [InlineData("-web")]
    [InlineData("web-")]
    [InlineData("web.api")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234")]
    public void Names_breaking_dns_label_rules_are_invalid(string? name) => Assert.False(NameRules.IsValidName(name));

    [Theory]
    [InlineData("My_Web API", "my-web-api")]
    [InlineData("--Redis--", "redis")]
    [InlineData("a__b", "a-b")]
    [InlineData("___", "")]
    [InlineData(null, "")]
    public void Sanitize_returns_the_closest_valid_name(string? name, string expected) => Assert.Equal(expected, NameRules.Sanitize(name));

    [Fact]
    public void Sanitize_cuts_long_names_to_63_characters_without_trailing_dash()
    {
        var sanitized = NameRules.Sanitize(new string('a', 62) + "_bbb");
        Assert.Equal(new string('a', 62), sanitized);
        Assert.True(NameRules.IsValidName(sanitized));
    }

    [Theory]
    [InlineData("nginx.conf", true)]
    [InlineData("db-password", true)]
    [InlineData("a.b.c", true)]
    [InlineData("nginx..conf", false)]
    [InlineData(".conf", false)]
    [InlineData("Nginx.conf", false)]
    [InlineData("nginx_conf", false)]
    public void Config_and_secret_names_are_dns_subdomains(string name, bool valid) => Assert.Equal(valid, NameRules.IsValidSubdomain(name));

    [Theory]
    [InlineData("http", true)]
    [InlineData("grpc-web", true)]
    [InlineData("8080", false)]
    [InlineData("very-long-port-name", false)]
    [InlineData("a--b", false)]
    [InlineData("HTTP", false)]
    public void Port_names_follow_the_iana_service_name_rule(string name, bool valid) => Assert.Equal(valid, NameRules.IsValidPortName(name));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(65536, false)]
    [InlineData(-80, false)]
    public void Ports_lie_between_1_and_65535(int port, bool valid) => Assert.Equal(valid, PortRules.IsValidPort(port));
}
