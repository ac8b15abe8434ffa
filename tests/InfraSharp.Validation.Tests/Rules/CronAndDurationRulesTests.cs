using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

public class CronAndDurationRulesTests
{
    [Theory]
    [InlineData("*/15 * * * *")]
    [InlineData("0 3 * * MON-FRI")]
    [InlineData("0 0 1,15 JAN-JUN ?")]
    [InlineData("5 4 * * 7")]
    [InlineData("@daily")]
    [InlineData("@HOURLY")]
    [InlineData("@every 1h30m")]
    public void Kubernetes_schedules_are_valid(string schedule) => Assert.True(CronRules.IsValid(schedule));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("* * *")]
    [InlineData("* * * * * *")]
    [InlineData("60 * * * *")]
    [InlineData("* 24 * * *")]
    [InlineData("* * 0 * *")]
    [InlineData("* * * 13 *")]
    [InlineData("*/0 * * * *")]
    [InlineData("5-1 * * * *")]
    [InlineData("@sometimes")]
    [InlineData("TZ=UTC 0 3 * * *")]
    public void Invalid_schedules_are_rejected(string? schedule) => Assert.False(CronRules.IsValid(schedule));

    [Theory]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData("2h", 7_200_000)]
    [InlineData("1.5s", 1_500)]
    public void Go_durations_parse(string text, int milliseconds)
    {
        Assert.True(DurationRules.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("1d")]
    [InlineData("-1s")]
    [InlineData("99999999999h")]
    public void Non_durations_are_rejected(string text) => Assert.False(DurationRules.TryParse(text, out _));

    [Theory]
    [InlineData(90_000, "1m30s")]
    [InlineData(3_600_000, "1h")]
    [InlineData(250, "250ms")]
    [InlineData(0, "0s")]
    [InlineData(5_400_500, "1h30m500ms")]
    public void Format_writes_the_go_form_that_parses_back(int milliseconds, string expected)
    {
        var duration = TimeSpan.FromMilliseconds(milliseconds);
        Assert.Equal(expected, DurationRules.Format(duration));
        Assert.True(DurationRules.TryParse(expected, out var back));
        Assert.Equal(duration, back);
    }
}
