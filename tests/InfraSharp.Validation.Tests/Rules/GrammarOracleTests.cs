using System.Text;
using System.Text.RegularExpressions;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation.Tests.Rules;

/// <summary>
/// The quantity parser and the image-reference parts are hand-written (no regex match objects on the hot path);
/// here they are compared with the grammars written as regular expressions with named groups, over generated text.
/// </summary>
public class GrammarOracleTests
{
    private static readonly Regex Quantity = new(
        @"\A(?<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Image = new(
        @"\A(?<name>(?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    [Fact]
    public void Quantities_parse_as_the_grammar_says()
    {
        var random = new Random(20261201);
        var pieces = new[] { "", "+", "-", "0", "1", "25", ".", ".5", "5.", "m", "k", "M", "Ki", "Mi", "Gi", "Ei", "e", "E", "e3", "E-2", "e+", "i", "x", " ", "\n", "1e99" };
        for (var i = 0; i < 20000; i++)
        {
            var text = Compose(random, pieces, 4);
            var match = Quantity.Match(text);
            var grammatical = match.Success && text.Length <= 64;

            if (!QuantityRules.TryParse(text, out var value))
            {
                // Only a value too large for a decimal makes a grammatical quantity fail.
                Assert.False(grammatical && !Regex.IsMatch(text, @"(?:[eE][+-]?[0-9]+|[EP]i?)\z"), $"'{text}' was rejected");
                continue;
            }
            Assert.True(grammatical, $"'{text}' was accepted");
            var suffix = match.Groups["suffix"].Value;
            Assert.Equal(value > 0 && (suffix.Length == 0 || suffix == "m" || suffix[0] is 'e' or 'E'), QuantityRules.IsValidCpu(text));
            Assert.Equal(value > 0 && suffix != "m", QuantityRules.IsValidMemory(text));
        }
    }

    [Fact]
    public void Image_parts_are_the_grammar_groups()
    {
        var random = new Random(20261202);
        var pieces = new[] { "", "redis", "ghcr.io", "localhost:5000", "/", "acme", "web", ":", "1.4", "latest", "@", "sha256:" + new string('a', 64), "A", "_", "__", "-", ".", "[::1]", "\n", " " };
        for (var i = 0; i < 20000; i++)
        {
            var image = Compose(random, pieces, 6);
            var match = Image.Match(image);
            var valid = match.Success && match.Groups["name"].Length <= ImageReferenceRules.MaxNameLength;

            Assert.Equal(valid, ImageReferenceRules.IsValid(image));
            Assert.Equal(valid && match.Groups["tag"].Success ? match.Groups["tag"].Value : null, ImageReferenceRules.GetTag(image));
            Assert.Equal(valid && match.Groups["digest"].Success, ImageReferenceRules.HasDigest(image));
            Assert.Equal(valid && (match.Groups["digest"].Success || (match.Groups["tag"].Success && match.Groups["tag"].Value != "latest")), ImageReferenceRules.HasPinnedTag(image));
        }
    }

    private static string Compose(Random random, string[] pieces, int most)
    {
        var text = new StringBuilder();
        for (var count = random.Next(1, most + 1); count > 0; count--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }
        return text.ToString();
    }
}
