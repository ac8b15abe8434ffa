using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

public class ImageReferenceRulesTests
{
    [Theory]
    [InlineData("redis")]
    [InlineData("redis:7.2")]
    [InlineData("library/redis:7.2-alpine")]
    [InlineData("ghcr.io/acme/web:1.4")]
    [InlineData("localhost:5000/web")]
    [InlineData("registry.example.com:443/team/app_name__x:v1")]
    [InlineData("redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("redis:7.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("[::1]:5000/web:1")]
    public void References_following_the_grammar_are_valid(string image) => Assert.True(ImageReferenceRules.IsValid(image));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Redis")]
    [InlineData("acme/Web:1")]
    [InlineData("redis:")]
    [InlineData("redis:7.2 ")]
    [InlineData("redis::7")]
    [InlineData("-redis")]
    [InlineData("redis@sha256:short")]
    [InlineData("ghcr.io//web")]
    [InlineData("redis:.bad")]
    public void References_breaking_the_grammar_are_invalid(string? image) => Assert.False(ImageReferenceRules.IsValid(image));

    [Theory]
    [InlineData("redis:7.2", true)]
    [InlineData("localhost:5000/web:1", true)]
    [InlineData("redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("redis", false)]
    [InlineData("redis:latest", false)]
    [InlineData("localhost:5000/web", false)]
    [InlineData("Invalid:1", false)]
    public void Pinned_means_a_digest_or_a_tag_other_than_latest(string image, bool pinned) =>
        Assert.Equal(pinned, ImageReferenceRules.HasPinnedTag(image));

    [Fact]
    public void GetTag_does_not_mistake_a_registry_port_for_a_tag()
    {
        Assert.Null(ImageReferenceRules.GetTag("localhost:5000/web"));
        Assert.Equal("2", ImageReferenceRules.GetTag("localhost:5000/web:2"));
    }
}
