using System.Text;
using InfraSharp.Yaml;
using YamlDotNet.RepresentationModel;

namespace InfraSharp.Compose.Tests;

/// <summary>
/// Any string a user writes comes back identical after a YAML reader parses the file (and Compose unescapes
/// <c>$$</c>), whatever YAML 1.1 or 1.2 would otherwise make of it.
/// </summary>
public sealed class StringSafetyTests
{
    /// <summary>Strings that YAML readers turn into other types or syntax when they are written plain.</summary>
    public static readonly string[] Tricky =
    [
        "", " ", "yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "NO", "On", "OFF", "true", "False", "TRUE", "~",
        "null", "Null", "NULL", "0123", "0", "-1", "+1", "1e3", "1E3", "0x1F", "0o17", "0b101", "1_000", "1:20",
        "1:20:30", ".inf", "-.inf", ".NaN", "3.14", "1.", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "a: b",
        "a:b", "# x", "a #b", "- x", "-", "--- x", "---", "...", "? x", "?", ":", "*a", "&a", "!tag", "!!str x", "%x",
        "@x", "`x", "|", ">", "|-\n x", "{a: 1}", "[1, 2]", "{", "]", ",x", "=", "<<", "'single'", "\"double\"",
        "it's", "say \"hi\"", "back\\slash", "C:\\path\\file", "\\n", "tab\there", "\ttab", "new\nline", "two\n\nlines",
        "trailing\n", "\nleading", "cr\r\nlf", " leading", "trailing ", "  both  ", "unicode é ü ß", "İstanbul ı",
        "emoji 😀🚀", "日本語", "עברית RTL", "العربية", "\u200Fmark\u200E", "zero\u200Bwidth", "nbsp\u00A0x",
        "bell\u0007", "nul\0char", "del\u007F", "line\u2028sep", "next\u0085line", "$HOME", "${HOME}", "$$", "$",
        "$$$", "a$b", "price: $5", "%{x}", "{{ .Name }}", "/var/log", "./src", "../x", "http://x.example/?a=1&b=2",
        "key=value", "a,b,c", "CMD-SHELL", "x".PadRight(600, 'x'),
    ];

    public static TheoryData<string> TrickyData()
    {
        var data = new TheoryData<string>();
        foreach (var value in Tricky)
        {
            data.Add(value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TrickyData))]
    public void Tricky_string_survives_as_environment_value_label_and_command(string value)
    {
        var output = ComposeTestKit.Emit(stack => stack.AddService("web").WithImage("nginx:1.27")
            .WithEnvironment("VALUE", value)
            .WithLabel("value", value)
            .WithCommand("echo", value));

        AssertString(value, output.Root.Scalar("services.web.environment.VALUE"));
        AssertString(value, output.Root.Scalar("services.web.labels.value"));
        AssertString(value, output.Root.Scalar("services.web.command[1]"));
    }

    [Fact]
    public void Generated_strings_survive_a_round_trip()
    {
        // Property-style: many random strings built from the characters that matter to YAML and Compose.
        var random = new Random(20240611);
        const string alphabet = "ab yYnNoO01289eExX.+-_:#&*!|>'\"%@`,[]{}?~=<\\/$\t\n\r é😀\u200F\u0085";
        var values = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var length = random.Next(0, 12);
            var text = new StringBuilder();
            for (var j = 0; j < length; j++)
            {
                // Whole text elements only: a lone surrogate is not a valid string to write anywhere.
                var pick = random.Next(alphabet.Length);
                if (char.IsSurrogate(alphabet[pick]))
                {
                    pick -= char.IsLowSurrogate(alphabet[pick]) ? 1 : 0;
                    text.Append(alphabet, pick, 2);
                }
                else
                {
                    text.Append(alphabet[pick]);
                }
            }
            values.Add(text.ToString());
        }
        var output = ComposeTestKit.Emit(stack =>
        {
            var service = stack.AddService("web").WithImage("nginx:1.27").WithCommand(values.ToArray());
            for (var i = 0; i < values.Count; i++)
            {
                service.WithEnvironment("V" + i, values[i]).WithLabel("l" + i, values[i]);
            }
        });

        for (var i = 0; i < values.Count; i++)
        {
            AssertString(values[i], output.Root.Scalar($"services.web.environment.V{i}"));
            AssertString(values[i], output.Root.Scalar($"services.web.labels.l{i}"));
            AssertString(values[i], output.Root.Scalar($"services.web.command[{i}]"));
        }
    }

    [Theory]
    [MemberData(nameof(TrickyData))]
    public void Tricky_string_survives_as_a_key(string value)
    {
        // Keys are not interpolated by Compose, so they are written without "$" escaping.
        var output = ComposeTestKit.Emit(stack => stack.AddService("web").WithImage("nginx:1.27").WithLabel(value, "v"));

        var labels = Assert.IsType<YamlMappingNode>(output.Root.At("services.web.labels"));
        var key = Assert.IsType<YamlScalarNode>(Assert.Single(labels.Children).Key);
        Assert.Equal(value, key.Value);
        Assert.True(key.Style != YamlDotNet.Core.ScalarStyle.Plain || YamlScalars.CanBePlain(value));
    }

    [Theory]
    [MemberData(nameof(TrickyData))]
    public void YamlScalars_allows_plain_only_for_strings_that_read_back_as_strings(string value)
    {
        if (!YamlScalars.CanBePlain(value))
        {
            return;
        }
        // A plain scalar must not be typed by YAML 1.1 (PyYAML) or YAML 1.2 (core schema) resolution rules.
        Assert.DoesNotMatch(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$", value);
        Assert.DoesNotMatch(@"^[-+]?(\.[0-9]|[0-9])", value);
        Assert.DoesNotMatch(@"^[-?:,\[\]{}#&*!|>'""%@`]", value);
        Assert.DoesNotContain(": ", value);
        Assert.DoesNotContain(" #", value);
        Assert.Equal(value.Trim(), value);
        Assert.DoesNotContain('\n', value);
    }

    [Theory]
    [InlineData("web", true)]
    [InlineData("nginx:1.27", false)]
    [InlineData("/var/log/app.log", true)]
    [InlineData("no", false)]
    [InlineData("On", false)]
    [InlineData("0123", false)]
    [InlineData("1e3", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    [InlineData("~", false)]
    [InlineData(".inf", false)]
    [InlineData("ghcr.io/acme/api", true)]
    public void YamlScalars_plain_decision(string value, bool plain) => Assert.Equal(plain, YamlScalars.CanBePlain(value));

    [Fact]
    public void YamlJsonWriter_writes_strings_with_the_transform_and_keys_without()
    {
        var tree = System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["$key"] = "$value", ["count"] = 5, ["on"] = true });

        var yaml = YamlJsonWriter.ToYaml(tree, v => v.Replace("$", "$$", StringComparison.Ordinal));

        // "on" is a YAML 1.1 boolean, so the key is quoted too.
        Assert.Equal("\"$key\": \"$$value\"\ncount: 5\n\"on\": true\n", yaml);
    }

    [Fact]
    public void Lone_surrogate_does_not_crash_the_writer()
    {
        // Not valid text, so it cannot round-trip; it must still produce a file rather than an exception.
        var output = ComposeTestKit.Emit(stack => stack.AddService("web").WithImage("nginx:1.27").WithEnvironment("BROKEN", "a\uD800b"));

        Assert.StartsWith("a", output.Root.Text("services.web.environment.BROKEN"), StringComparison.Ordinal);
    }

    private static void AssertString(string expected, YamlScalarNode node)
    {
        Assert.Equal(expected, ComposeTestKit.Unescape(node.Value!));
        // A plain scalar would be retyped by the reader; only strings that are safe plain may be written so.
        if (node.Style == YamlDotNet.Core.ScalarStyle.Plain)
        {
            Assert.True(YamlScalars.CanBePlain(expected), $"'{expected}' was written plain");
        }
    }
}
