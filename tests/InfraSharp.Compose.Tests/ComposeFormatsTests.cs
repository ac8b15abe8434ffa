namespace InfraSharp.Compose.Tests;

/// <summary>Kubernetes quantities become the sizes and CPU counts Docker reads.</summary>
public sealed class ComposeFormatsTests
{
    [Theory]
    [InlineData("512Mi", "512m")]
    [InlineData("1Gi", "1g")]
    [InlineData("64Ki", "64k")]
    [InlineData("1Ti", "1099511627776")]
    [InlineData("1.5Gi", "1610612736")]
    [InlineData("500M", "500000000")]
    [InlineData("1k", "1000")]
    [InlineData("2G", "2000000000")]
    [InlineData("1048576", "1048576")]
    [InlineData("1e3", "1000")]
    public void Memory_quantity_becomes_a_docker_size(string quantity, string expected)
    {
        Assert.True(ComposeFormats.TryMemory(quantity, out var docker));
        Assert.Equal(expected, docker);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("12Mb")]
    [InlineData("-1Gi")]
    [InlineData("500m")]
    [InlineData(null)]
    public void Invalid_memory_quantity_is_refused(string? quantity) => Assert.False(ComposeFormats.TryMemory(quantity, out _));

    [Theory]
    [InlineData("500m", "0.5")]
    [InlineData("250m", "0.25")]
    [InlineData("1500m", "1.5")]
    [InlineData("2", "2")]
    [InlineData("0.5", "0.5")]
    [InlineData("1m", "0.001")]
    [InlineData("100", "100")]
    public void Cpu_quantity_becomes_compose_cpus(string quantity, string expected)
    {
        Assert.True(ComposeFormats.TryCpus(quantity, out var cpus));
        Assert.Equal(expected, cpus);
    }

    [Theory]
    [InlineData("1Gi")]
    [InlineData("two")]
    [InlineData("0")]
    [InlineData("")]
    public void Invalid_cpu_quantity_is_refused(string quantity) => Assert.False(ComposeFormats.TryCpus(quantity, out _));

    [Theory]
    [InlineData("64Mi", 67108864L)]
    [InlineData("1k", 1000L)]
    [InlineData("0.5Ki", 512L)]
    public void Tmpfs_size_becomes_bytes(string quantity, long expected)
    {
        Assert.True(ComposeFormats.TryBytes(quantity, out var bytes));
        Assert.Equal(expected, bytes);
    }
}
