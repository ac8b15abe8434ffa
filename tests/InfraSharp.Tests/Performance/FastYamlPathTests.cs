using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSharp.Emit;
using InfraSharp.Testing;
using InfraSharp.Yaml;

namespace InfraSharp.Tests.Performance;

/// <summary>
/// The fast YAML path (<see cref="YamlBlockWriter"/>) must write exactly the bytes of the straightforward one
/// (YamlDotNet's emitter, event by event), for whole emissions and for arbitrary trees, and must really be taken
/// for the manifests InfraSharp emits (otherwise the speed-up silently disappears).
/// </summary>
public class FastYamlPathTests
{
    [Theory]
    [MemberData(nameof(SampleStacks.Names), MemberType = typeof(SampleStacks))]
    public void Sample_emission_is_byte_identical_on_fast_and_emitter_paths(string stack)
    {
        var fast = SampleStacks.Emit(stack);
        var straightforward = WithEmitterOnly(() => SampleStacks.Emit(stack));

        AssertSameFiles(straightforward, fast);
    }

    [Fact]
    public void Large_varied_stack_emission_is_byte_identical_on_fast_and_emitter_paths()
    {
        var stack = VariedStack.Build(120);

        var fast = StackEmitter.Emit(stack);
        var straightforward = WithEmitterOnly(() => StackEmitter.Emit(stack));

        AssertSameFiles(straightforward, fast);
    }

    [Fact]
    public void Fast_path_writes_every_manifest_of_a_plain_stack()
    {
        var stack = VariedStack.Build(30);
        var context = new EmitContext(stack);
        var objects = InfraSharp.Kubernetes.KubernetesEmitter.CreateObjects(stack, context);

        foreach (var item in objects)
        {
            using var document = JsonDocument.Parse(k8s.KubernetesJson.Serialize(item));
            Assert.True(YamlBlockWriter.TryWrite(document.RootElement, null, out _), $"{item.Kind} fell back to the emitter");
        }
    }

    [Fact]
    public void Every_character_is_written_as_YamlDotNet_writes_it_in_keys_and_values()
    {
        // Every UTF-16 unit but the surrogates alone, then pairs (beyond the BMP), inside text and as the whole text.
        var texts = Enumerable.Range(0, 0x10000)
            .Where(code => !char.IsSurrogate((char)code))
            .SelectMany(code => new[] { ((char)code).ToString(), "a" + (char)code + " b" })
            .Concat(["\U0001F680", "x\U0001F680y", "\U0010FFFF", "\U00010000 end"]);
        var checkedTexts = 0;
        foreach (var chunk in texts.Chunk(512))
        {
            var tree = new JsonObject();
            for (var i = 0; i < chunk.Length; i++)
            {
                tree["value-" + i.ToString(CultureInfo.InvariantCulture)] = chunk[i];
                // The same text as a key, unless YamlDotNet writes it in the explicit "? key" form (a line break).
                if (!YamlScalars.HasLineBreak(chunk[i]))
                {
                    tree[chunk[i]] = i;
                }
            }
            var element = JsonSerializer.SerializeToElement(tree);

            Assert.True(YamlBlockWriter.TryWrite(element, null, out var fast));
            Assert.Equal(YamlJsonWriter.ToYamlWithEmitter(element), fast);
            checkedTexts += chunk.Length;
        }
        Assert.True(checkedTexts > 120_000);
    }

    [Fact]
    public void Random_trees_are_written_identically_by_both_paths()
    {
        var random = new Random(20261201);
        var fastTaken = 0;
        for (var i = 0; i < 3000; i++)
        {
            var tree = JsonSerializer.SerializeToElement(RandomTree.Mapping(random, depth: 0));
            Func<string, string>? transform = i % 3 == 0 ? value => value.Replace("$", "$$", StringComparison.Ordinal) : null;

            var expected = YamlJsonWriter.ToYamlWithEmitter(tree, transform);
            Assert.Equal(expected, YamlJsonWriter.ToYaml(tree, transform));
            if (YamlBlockWriter.TryWrite(tree, transform, out var fast))
            {
                fastTaken++;
                Assert.Equal(expected, fast);
            }
        }
        // The generator mostly produces trees inside the fast subset: the comparison above really tests it.
        Assert.True(fastTaken > 1500, $"only {fastTaken} trees took the fast path");
    }

    [Fact]
    public void Random_trees_are_written_identically_from_json_text()
    {
        // YamlStreamWriter (Compose's path: JSON text read token by token, no tree) against YamlDotNet's emitter.
        var random = new Random(20261202);
        var streamTaken = 0;
        for (var i = 0; i < 3000; i++)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(RandomTree.Mapping(random, depth: 0));
            var tree = JsonDocument.Parse(json).RootElement;
            Func<string, string>? transform = i % 3 == 0 ? value => value.Replace("$", "$$", StringComparison.Ordinal) : null;
            var header = i % 2 == 0 ? "# header\n" : string.Empty;

            var streamed = YamlStreamWriter.TryWrite(new System.Buffers.ReadOnlySequence<byte>(json), header, transform);
            // Same subset as the tree-based fast path.
            Assert.Equal(YamlBlockWriter.TryWrite(tree, transform, out _), streamed is not null);
            if (streamed is not null)
            {
                streamTaken++;
                Assert.Equal(header + YamlJsonWriter.ToYamlWithEmitter(tree, transform), streamed);
            }
        }
        Assert.True(streamTaken > 1500, $"only {streamTaken} trees took the streaming path");
    }

    [Fact]
    public void Json_text_across_many_segments_is_written_identically()
    {
        // Hundreds of kilobytes of JSON: tokens (keys, strings, numbers) split across the 64 KiB segments.
        var root = new JsonObject();
        for (var i = 0; i < 2000; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            root["item-" + n] = new JsonObject
            {
                ["plain"] = "value-" + n,
                ["quoted"] = "a: \"b\" \\ $HOME " + n,
                ["number"] = 1234567.891 + i,
                ["flags"] = new JsonArray(true, false, null, i),
                ["empty"] = new JsonObject(),
                ["none"] = new JsonArray(),
                ["nested"] = new JsonArray(new JsonObject { ["k" + n] = new JsonArray("x", new JsonArray()) }, new JsonArray(1, 2)),
            };
        }
        var segments = new JsonSegments();
        using (var writer = new Utf8JsonWriter(segments))
        {
            root.WriteTo(writer);
        }
        var sequence = segments.ToSequence();
        Assert.False(sequence.IsSingleSegment);
        var reader = new Utf8JsonReader(sequence);
        var tree = JsonElement.ParseValue(ref reader);

        var streamed = YamlStreamWriter.TryWrite(sequence, "# h\n", null);
        Assert.Equal("# h\n" + YamlJsonWriter.ToYamlWithEmitter(tree), streamed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("quote \" and back\\slash")]
    [InlineData("yes")]
    [InlineData("0123")]
    [InlineData("1e3")]
    [InlineData("a: b")]
    [InlineData("# x")]
    [InlineData("- x")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    [InlineData("unicode \u00e9\u4e2d\ud83d\ude00")]
    [InlineData("nel\u0085 ls\u2028 nbsp\u00a0 bom\ufeff del\u007f")]
    public void Edge_strings_as_keys_and_values_are_written_identically(string text)
    {
        var tree = JsonSerializer.SerializeToElement(new JsonObject
        {
            [text] = text,
            ["list"] = new JsonArray(text, new JsonObject { [text] = new JsonArray(text) }, new JsonArray()),
            ["empty"] = new JsonObject(),
        });

        Assert.Equal(YamlJsonWriter.ToYamlWithEmitter(tree), YamlJsonWriter.ToYaml(tree));
    }

    [Theory]
    [InlineData(128)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(3000)]
    public void Long_keys_and_values_are_written_identically(int length)
    {
        var text = new string('k', length);
        var quoted = new string(' ', length);
        var tree = JsonSerializer.SerializeToElement(new JsonObject { [text] = text, [quoted] = new JsonArray(quoted) });

        Assert.Equal(YamlJsonWriter.ToYamlWithEmitter(tree), YamlJsonWriter.ToYaml(tree));
    }

    private static T WithEmitterOnly<T>(Func<T> action)
    {
        YamlJsonWriter.UseEmitterOnly = true;
        try
        {
            return action();
        }
        finally
        {
            YamlJsonWriter.UseEmitterOnly = false;
        }
    }

    private static void AssertSameFiles(EmitResult expected, EmitResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.RelativePath), actual.Files.Select(f => f.RelativePath));
        foreach (var (reference, file) in expected.Files.Zip(actual.Files))
        {
            // Compare the UTF-8 bytes that ManifestWriter writes, not only the strings.
            Assert.True(Encoding.UTF8.GetBytes(reference.Content).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(file.Content)),
                $"{file.RelativePath} differs:\n--- emitter\n{reference.Content}\n--- fast\n{file.Content}");
        }
    }

    /// <summary>Random JSON trees: nested mappings and sequences, empty ones, and strings of every kind.</summary>
    private static class RandomTree
    {
        private static readonly string[] Tricky =
        [
            "", " ", "yes", "No", "ON", "~", "null", "true", "0123", "1e3", "0x1F", "1:20", "a: b", "# x", "- x", "? x",
            "[x]", "{x}", "@x", "`x", "!x", "&x", "*x", "|", ">", "%x", "'x'", "\"x\"", "a\\b", "$HOME", "$$", "x $y",
            "-", "--", "---", "...", ".x", "/usr/bin", "a/b@c+d-e.f_g", "_x", "x,y", "x#y", "x #y", "x:y", "x: y",
        ];

        public static JsonObject Mapping(Random random, int depth)
        {
            var mapping = new JsonObject();
            var count = depth > 3 ? random.Next(0, 3) : random.Next(0, 6);
            for (var i = 0; i < count; i++)
            {
                var key = String(random);
                if (!mapping.ContainsKey(key))
                {
                    mapping[key] = Node(random, depth + 1);
                }
            }
            return mapping;
        }

        private static JsonNode? Node(Random random, int depth)
        {
            var kind = depth > 4 ? random.Next(2, 7) : random.Next(0, 7);
            switch (kind)
            {
                case 0:
                    return Mapping(random, depth);
                case 1:
                    var sequence = new JsonArray();
                    for (var i = random.Next(0, 4); i > 0; i--)
                    {
                        sequence.Add(Node(random, depth + 1));
                    }
                    return sequence;
                case 2:
                    return JsonValue.Create(random.Next(-100000, 100000));
                case 3:
                    return JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-5, 25)));
                case 4:
                    return random.Next(3) switch { 0 => JsonValue.Create(true), 1 => JsonValue.Create(false), _ => null };
                default:
                    return JsonValue.Create(String(random));
            }
        }

        private static string String(Random random)
        {
            switch (random.Next(10))
            {
                case 0:
                case 1:
                    return Tricky[random.Next(Tricky.Length)];
                case 2:
                    // Rarely outside printable ASCII: control, Latin-1, BMP and astral characters.
                    return new string('x', random.Next(0, 3)) + (random.Next(6) switch
                    {
                        0 => "\t",
                        1 => "\n",
                        2 => "\u00e9",
                        3 => "\u2028",
                        4 => "\ud83d\ude00",
                        _ => "\u0001",
                    });
                case 3:
                    return new string((char)random.Next('a', 'z' + 1), random.Next(1000, 1050));
                default:
                    var builder = new StringBuilder();
                    for (var i = random.Next(1, 16); i > 0; i--)
                    {
                        builder.Append((char)random.Next(' ', '~' + 1));
                    }
                    return random.Next(3) == 0 ? builder.ToString() : builder.ToString().Replace(' ', '-').ToLower(CultureInfo.InvariantCulture);
            }
        }
    }
}
