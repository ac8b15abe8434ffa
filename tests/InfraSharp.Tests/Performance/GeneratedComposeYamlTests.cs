using InfraSharp.Compose;
using InfraSharp.Yaml;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The generated Compose writer (<see cref="ComposeYamlWriter"/>) against the serializer's path: a document with every
/// property of every type filled must give the same YAML (<c>$</c> escaped in values, not in keys, any text), and
/// extension keys, which only the serializer writes, and multi-line keys must make it decline.
/// </summary>
public class GeneratedComposeYamlTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_property_of_the_document_is_written_as_the_serializer_does(int seed)
    {
        var filler = new ModelFiller(new Random(seed), asciiOnly: seed % 2 == 1);
        var file = (ComposeFile)filler.Create(typeof(ComposeFile), depth: 0)!;
        file.Services["svc"] = (ComposeService)filler.Create(typeof(ComposeService), depth: 1)!;

        var generated = ComposeYamlWriter.TryWrite(file, "# header\n");

        Assert.NotNull(generated);
        YamlJsonWriter.UseEmitterOnly = true;
        try
        {
            Assert.Equal(ComposeEmitter.Write(file), generated["# header\n".Length..]);
        }
        finally
        {
            YamlJsonWriter.UseEmitterOnly = false;
        }
        Assert.True(filler.Filled > 100, $"only {filler.Filled} values were filled");
    }

    [Fact]
    public void Extension_keys_and_multi_line_keys_take_the_serializer()
    {
        var file = new ComposeFile { Services = { ["web"] = new ComposeService { Image = "nginx:1.27" } } };
        Assert.NotNull(ComposeYamlWriter.TryWrite(file, string.Empty));

        file.Services["web"].Extensions = new() { ["x-team"] = "platform" };
        Assert.Null(ComposeYamlWriter.TryWrite(file, string.Empty));

        file.Services["web"].Extensions = new();
        file.Services["web"].Labels = new(StringComparer.Ordinal) { ["owner"] = "zoë" };
        Assert.NotNull(ComposeYamlWriter.TryWrite(file, string.Empty));

        file.Services["web"].Labels = new(StringComparer.Ordinal) { ["two\nlines"] = "x" };
        Assert.Null(ComposeYamlWriter.TryWrite(file, string.Empty));
        Assert.Contains("two\\nlines", ComposeEmitter.Write(file), StringComparison.Ordinal);
    }
}
