using InfraSharp.Emit;

namespace InfraSharp.Emit.Tests;

public sealed class ManifestWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static EmitResult Stack(string name, params (string Path, string Content)[] files) =>
        new(name, files.Select(f => new EmittedFile(f.Path, f.Content)).ToList(), []);

    [Fact]
    public void First_write_creates_files_under_the_stack_folder_and_reports_them_added()
    {
        var writer = new ManifestWriter(_temp.Path);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"), ("kubernetes/deployment-web.yaml", "kind: Deployment\n"))]);

        Assert.Equal(["shop/compose.yaml", "shop/kubernetes/deployment-web.yaml"], changes.Added);
        Assert.Empty(changes.Changed);
        Assert.Equal("a: 1\n", File.ReadAllText(_temp.Combine("shop", "compose.yaml")));
        Assert.Equal("kind: Deployment\n", File.ReadAllText(_temp.Combine("shop", "kubernetes", "deployment-web.yaml")));
        Assert.Equal("compose.yaml\nkubernetes/deployment-web.yaml\n", File.ReadAllText(_temp.Combine("shop", ManifestWriter.FilesManifestName)));
        Assert.Equal("shop\n", File.ReadAllText(_temp.Combine(ManifestWriter.StacksManifestName)));
    }

    [Theory]
    [InlineData(8 * 1024 - 1)]
    [InlineData(8 * 1024)]
    [InlineData(3 * 8 * 1024 + 5)]
    public void Large_files_are_written_and_compared_as_exact_utf8_across_chunks(int length)
    {
        // Multi-chunk text with a surrogate pair (an emoji) straddling each 8 Ki-character chunk boundary.
        var text = new System.Text.StringBuilder();
        while (text.Length < length)
        {
            text.Append(text.Length % (8 * 1024) == 8 * 1024 - 1 ? "\U0001F680" : text.Length % 7 == 0 ? "é" : "a");
        }
        var content = text.ToString();
        var writer = new ManifestWriter(_temp.Path);

        writer.Write([Stack("big", ("compose.yaml", content))]);
        var file = _temp.Combine("big", "compose.yaml");

        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(content), File.ReadAllBytes(file));
        Assert.Empty(writer.Write([Stack("big", ("compose.yaml", content))]).Changed);
        // One character changed in the last chunk (same byte count) is found.
        var last = content.Length - 3;
        var changed = content[..last] + (content[last] == 'a' ? "b" : "a") + content[(last + 1)..];
        Assert.Equal(["big/compose.yaml"], writer.Write([Stack("big", ("compose.yaml", changed))]).Changed);
        Assert.Equal(changed, File.ReadAllText(file));
    }

    [Fact]
    public void Rewriting_identical_content_keeps_timestamps_and_reports_nothing()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"))]);
        var file = _temp.Combine("shop", "compose.yaml");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);
        File.SetLastWriteTimeUtc(_temp.Combine("shop", ManifestWriter.FilesManifestName), old);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"))]);

        Assert.False(changes.HasChanges);
        Assert.Equal(old, File.GetLastWriteTimeUtc(file));
        Assert.Equal(old, File.GetLastWriteTimeUtc(_temp.Combine("shop", ManifestWriter.FilesManifestName)));
    }

    [Fact]
    public void Changed_content_is_replaced_and_leaves_no_temporary_file()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"))]);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a: 2\n"))]);

        Assert.Equal(["shop/compose.yaml"], changes.Changed);
        Assert.Equal("a: 2\n", File.ReadAllText(_temp.Combine("shop", "compose.yaml")));
        Assert.DoesNotContain(Directory.GetFiles(_temp.Combine("shop")), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void File_no_longer_produced_is_removed_with_its_empty_folder_but_foreign_files_stay()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n"), ("kubernetes/service-web.yaml", "s\n"))]);
        File.WriteAllText(_temp.Combine("shop", "NOTES.md"), "mine");

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.Equal(["shop/kubernetes/service-web.yaml"], changes.Removed);
        Assert.False(Directory.Exists(_temp.Combine("shop", "kubernetes")));
        Assert.Equal("mine", File.ReadAllText(_temp.Combine("shop", "NOTES.md")));
    }

    [Fact]
    public void Folder_holding_a_foreign_file_is_kept_when_its_generated_files_go()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n"), ("kubernetes/service-web.yaml", "s\n"))]);
        File.WriteAllText(_temp.Combine("shop", "kubernetes", "patch.yaml"), "mine");

        writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.Equal("mine", File.ReadAllText(_temp.Combine("shop", "kubernetes", "patch.yaml")));
        Assert.False(File.Exists(_temp.Combine("shop", "kubernetes", "service-web.yaml")));
    }

    [Fact]
    public void Stack_that_disappears_is_removed_when_writing_all_stacks()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n")), Stack("blog", ("compose.yaml", "b\n"))]);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.Equal(["blog/compose.yaml"], changes.Removed);
        Assert.False(Directory.Exists(_temp.Combine("blog")));
        Assert.Equal("shop\n", File.ReadAllText(_temp.Combine(ManifestWriter.StacksManifestName)));
    }

    [Fact]
    public void Stack_filter_leaves_other_stacks_alone()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n")), Stack("blog", ("compose.yaml", "b\n"))]);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a2\n"))], allStacks: false);

        Assert.Empty(changes.Removed);
        Assert.Equal("b\n", File.ReadAllText(_temp.Combine("blog", "compose.yaml")));
        Assert.Equal("blog\nshop\n", File.ReadAllText(_temp.Combine(ManifestWriter.StacksManifestName)));
    }

    [Fact]
    public void Files_never_written_by_InfraSharp_are_not_removed_even_when_named_like_outputs()
    {
        Directory.CreateDirectory(_temp.Combine("shop", "kubernetes"));
        File.WriteAllText(_temp.Combine("shop", "kubernetes", "deployment-old.yaml"), "hand-written");
        var writer = new ManifestWriter(_temp.Path);

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.Empty(changes.Removed);
        Assert.True(File.Exists(_temp.Combine("shop", "kubernetes", "deployment-old.yaml")));
    }

    [Fact]
    public void Hand_edited_record_pointing_outside_the_output_folder_is_ignored()
    {
        var outside = _temp.Combine("outside.txt");
        File.WriteAllText(outside, "precious");
        var output = _temp.Combine("deploy");
        var writer = new ManifestWriter(output);
        writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);
        File.WriteAllText(Path.Combine(output, "shop", ManifestWriter.FilesManifestName), "compose.yaml\n../../outside.txt\n/etc/hostname\n");
        File.WriteAllText(Path.Combine(output, ManifestWriter.StacksManifestName), "shop\n..\n");

        var changes = writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.Empty(changes.Removed);
        Assert.Equal("precious", File.ReadAllText(outside));
    }

    [Fact]
    public void Check_reports_added_changed_and_removed_without_writing()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n"), ("kubernetes/old.yaml", "o\n"))]);
        File.WriteAllText(_temp.Combine("shop", "compose.yaml"), "hand edited\n");

        var changes = writer.Check([Stack("shop", ("compose.yaml", "a\n"), ("kubernetes/new.yaml", "n\n"))]);

        Assert.Equal(["shop/kubernetes/new.yaml"], changes.Added);
        Assert.Equal(["shop/compose.yaml"], changes.Changed);
        Assert.Equal(["shop/kubernetes/old.yaml"], changes.Removed);
        Assert.Equal("hand edited\n", File.ReadAllText(_temp.Combine("shop", "compose.yaml")));
        Assert.False(File.Exists(_temp.Combine("shop", "kubernetes", "new.yaml")));
        Assert.True(File.Exists(_temp.Combine("shop", "kubernetes", "old.yaml")));
    }

    [Fact]
    public void Check_of_matching_files_reports_no_changes()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a\n"))]);

        Assert.False(writer.Check([Stack("shop", ("compose.yaml", "a\n"))]).HasChanges);
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("/abs.yaml")]
    [InlineData("a/../../b.yaml")]
    [InlineData(".infrasharp-files")]
    public void File_path_leaving_the_stack_folder_is_rejected_before_anything_is_written(string path)
    {
        var writer = new ManifestWriter(_temp.Path);

        Assert.Throws<ArgumentException>(() => writer.Write([Stack("shop", ("compose.yaml", "a\n"), (path, "x"))]));
        Assert.False(Directory.Exists(_temp.Combine("shop")));
    }

    [Fact]
    public void Project_without_stacks_gets_no_output_folder()
    {
        var output = _temp.Combine("deploy");

        var changes = new ManifestWriter(output).Write([]);

        Assert.False(changes.HasChanges);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Content_is_written_as_utf8_without_byte_order_mark()
    {
        new ManifestWriter(_temp.Path).Write([Stack("shop", ("compose.yaml", "é\n"))]);

        Assert.Equal(new byte[] { 0xC3, 0xA9, 0x0A }, File.ReadAllBytes(_temp.Combine("shop", "compose.yaml")));
    }
}
