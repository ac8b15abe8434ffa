using InfraSharp.Emit;

namespace InfraSharp.Emit.Tests;

/// <summary>
/// The file-by-file write that the emit host streams into: nothing visible changes before Commit, and a transaction
/// dropped without Commit (a later stack failed) leaves the output folder exactly as it was.
/// </summary>
public sealed class ManifestTransactionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static EmitResult Stack(string name, params (string Path, string Content)[] files) =>
        new(name, files.Select(f => new EmittedFile(f.Path, f.Content)).ToList(), []);

    private string[] FilesOnDisk() =>
        Directory.Exists(_temp.Path)
            ? Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray()
            : [];

    [Fact]
    public void Added_files_appear_only_when_the_transaction_commits()
    {
        var writer = new ManifestWriter(_temp.Path);
        using var transaction = writer.BeginWrite();
        transaction.AddStack("shop");
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 1\n"));
        transaction.Add("shop", new EmittedFile("kubernetes/deployment-web.yaml", "kind: Deployment\n"));

        Assert.False(File.Exists(_temp.Combine("shop", "compose.yaml")));
        var changes = transaction.Commit();

        Assert.Equal(["shop/compose.yaml", "shop/kubernetes/deployment-web.yaml"], changes.Added);
        Assert.Equal("kind: Deployment\n", File.ReadAllText(_temp.Combine("shop", "kubernetes", "deployment-web.yaml")));
        Assert.Equal([".infrasharp-stacks", "shop/.infrasharp-files", "shop/compose.yaml", "shop/kubernetes/deployment-web.yaml"], FilesOnDisk());
    }

    [Fact]
    public void New_stack_is_staged_in_a_hidden_folder_and_appears_whole_on_commit()
    {
        using var transaction = new ManifestWriter(_temp.Path).BeginWrite();
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 1\n"));
        transaction.Add("shop", new EmittedFile("kubernetes/service-web.yaml", "kind: Service\n"));
        transaction.Add("shop", new EmittedFile("kubernetes/kustomization.yaml", "kind: Kustomization\n"));

        transaction.Commit();

        Assert.Equal([".infrasharp-stacks", "shop/.infrasharp-files", "shop/compose.yaml", "shop/kubernetes/kustomization.yaml", "shop/kubernetes/service-web.yaml"], FilesOnDisk());
        Assert.Equal(["shop"], Directory.GetDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Stack_folder_created_by_someone_else_before_commit_keeps_its_other_files()
    {
        using var transaction = new ManifestWriter(_temp.Path).BeginWrite();
        transaction.Add("shop", new EmittedFile("kubernetes/service-web.yaml", "kind: Service\n"));
        transaction.AddStack("cart");
        transaction.Add("cart", new EmittedFile("compose.yaml", "c: 1\n"));
        // Staging runs in the background, so shop may or may not have been staged as a new stack by now: either
        // way the folder that appeared meanwhile must keep its own files.
        Directory.CreateDirectory(_temp.Combine("shop", "kubernetes"));
        File.WriteAllText(_temp.Combine("shop", "kubernetes", "mine.yaml"), "mine\n");

        transaction.Commit();

        Assert.Equal("kind: Service\n", File.ReadAllText(_temp.Combine("shop", "kubernetes", "service-web.yaml")));
        Assert.Equal("mine\n", File.ReadAllText(_temp.Combine("shop", "kubernetes", "mine.yaml")));
        Assert.Equal("c: 1\n", File.ReadAllText(_temp.Combine("cart", "compose.yaml")));
        Assert.DoesNotContain(Directory.GetDirectories(_temp.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void Transaction_disposed_without_commit_leaves_earlier_files_and_no_trace()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"))]);
        var compose = _temp.Combine("shop", "compose.yaml");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(compose, stamp);
        var before = FilesOnDisk();

        using (var transaction = writer.BeginWrite())
        {
            transaction.Add("shop", new EmittedFile("compose.yaml", "a: 2\n"));
            transaction.Add("shop", new EmittedFile("kubernetes/deployment-web.yaml", "kind: Deployment\n"));
            transaction.Add("cart", new EmittedFile("compose.yaml", "b: 1\n"));
        }

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal("a: 1\n", File.ReadAllText(compose));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(compose));
        Assert.False(Directory.Exists(_temp.Combine("shop", "kubernetes")));
        Assert.False(Directory.Exists(_temp.Combine("cart")));
    }

    [Fact]
    public void Check_transaction_reports_differences_and_writes_nothing()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"), ("old.yaml", "x\n"))]);
        var before = FilesOnDisk();

        using var transaction = writer.BeginCheck();
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 2\n"));
        transaction.Add("shop", new EmittedFile("new.yaml", "n\n"));
        var changes = transaction.Commit();

        Assert.Equal(["shop/new.yaml"], changes.Added);
        Assert.Equal(["shop/compose.yaml"], changes.Changed);
        Assert.Equal(["shop/old.yaml"], changes.Removed);
        Assert.Equal(before, FilesOnDisk());
    }

    [Fact]
    public void File_that_cannot_be_staged_fails_the_commit_and_changes_nothing()
    {
        var writer = new ManifestWriter(_temp.Path);
        writer.Write([Stack("shop", ("compose.yaml", "a: 1\n"))]);
        // A file where the manifests' folder should be: staging under it fails.
        File.WriteAllText(_temp.Combine("shop", "kubernetes"), "in the way");
        var before = FilesOnDisk();

        using var transaction = writer.BeginWrite();
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 2\n"));
        transaction.Add("shop", new EmittedFile("kubernetes/deployment-web.yaml", "kind: Deployment\n"));

        Assert.ThrowsAny<IOException>(() => transaction.Commit());
        Assert.Equal(before, FilesOnDisk());
        Assert.Equal("a: 1\n", File.ReadAllText(_temp.Combine("shop", "compose.yaml")));
    }

    [Fact]
    public void Same_path_added_twice_is_rejected()
    {
        using var transaction = new ManifestWriter(_temp.Path).BeginWrite();
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 1\n"));

        Assert.Throws<ArgumentException>(() => transaction.Add("shop", new EmittedFile("compose.yaml", "a: 2\n")));
    }

    [Fact]
    public void Path_leaving_the_stack_folder_is_rejected_before_anything_is_staged()
    {
        using var transaction = new ManifestWriter(_temp.Path).BeginWrite();

        Assert.Throws<ArgumentException>(() => transaction.Add("shop", new EmittedFile("../escape.yaml", "a: 1\n")));
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public void Committed_transaction_cannot_be_fed_again()
    {
        using var transaction = new ManifestWriter(_temp.Path).BeginWrite();
        transaction.Add("shop", new EmittedFile("compose.yaml", "a: 1\n"));
        transaction.Commit();

        Assert.Throws<InvalidOperationException>(() => transaction.Add("shop", new EmittedFile("other.yaml", "b\n")));
    }

    [Fact]
    public void Streamed_emission_writes_the_same_files_as_the_in_memory_one()
    {
        var stack = StackBuilder.Build("shop", s =>
        {
            var data = s.AddVolume("data").WithSize("1Gi");
            s.AddService("db").WithImage("postgres:16.4").WithInternalPort(5432).WithVolume(data, "/var/lib/postgresql/data");
            s.AddService("web").WithImage("nginx:1.27").WithInternalPort(8080, name: "http").WithEnvironment("PORT", "8080");
        });
        new ManifestWriter(_temp.Combine("memory")).Write([StackEmitter.Emit(stack)]);

        using var transaction = new ManifestWriter(_temp.Combine("streamed")).BeginWrite();
        transaction.AddStack(stack.Name);
        StackEmitter.Emit(stack, null, file => transaction.Add(stack.Name, file));
        transaction.Commit();

        var memory = Directory.GetFiles(_temp.Combine("memory"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Combine("memory"), f)).Order(StringComparer.Ordinal).ToList();
        var streamed = Directory.GetFiles(_temp.Combine("streamed"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.Combine("streamed"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(memory, streamed);
        Assert.Contains(Path.Combine("shop", "kubernetes", "deployment-web.yaml"), streamed);
        foreach (var file in memory)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(_temp.Combine("memory"), file)), File.ReadAllText(Path.Combine(_temp.Combine("streamed"), file)));
        }
    }
}
