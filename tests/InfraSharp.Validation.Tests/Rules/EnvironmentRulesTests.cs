using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

public class EnvironmentRulesTests
{
    [Theory]
    [InlineData("ASPNETCORE_URLS", true)]
    [InlineData("_private", true)]
    [InlineData("my.setting-1", true)]
    [InlineData("1ST", false)]
    [InlineData("HAS SPACE", false)]
    [InlineData("A=B", false)]
    [InlineData("", false)]
    public void Names_follow_the_kubernetes_rule(string name, bool valid) => Assert.Equal(valid, EnvironmentRules.IsValidName(name));

    [Theory]
    [InlineData("DB_PASSWORD", "hunter2", true)]
    [InlineData("github_token", "ghp_abc", true)]
    [InlineData("STRIPE_API_KEY", "sk_live_1", true)]
    [InlineData("JWT_SECRET", "s3cr3t", true)]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}", false)]
    [InlineData("DB_PASSWORD", "$DB_PASSWORD", false)]
    [InlineData("DB_PASSWORD", "/run/secrets/db", false)]
    [InlineData("POSTGRES_PASSWORD_FILE", "secrets/db.txt", false)]
    [InlineData("DB_PASSWORD", "", false)]
    [InlineData("DB_HOST", "db", false)]
    public void Secret_looking_names_with_literal_values_are_flagged(string name, string value, bool flagged) =>
        Assert.Equal(flagged, EnvironmentRules.LooksLikeSecret(name, value));
}
