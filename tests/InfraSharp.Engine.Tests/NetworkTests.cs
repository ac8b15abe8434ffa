using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using InfraSharp.Engine.Tests.Infrastructure;

namespace InfraSharp.Engine.Tests;

/// <summary>
/// Scenario 4: members of a network reach each other by name, other networks cannot, <c>none</c> has only loopback,
/// a published port answers on 127.0.0.1. Static busybox's wget crashes when it resolves a name itself, so names are
/// resolved with nslookup and the address is then connected to.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed partial class NetworkTests(EngineFixture engine)
{
    private const string Serve = "trap 'exit 0' TERM; mkdir -p /www; hostname > /www/index.html; httpd -f -p 8080 -h /www & wait";

    [Fact]
    public async Task Front_members_reach_each_other_by_name_and_a_back_only_service_cannot_resolve_them()
    {
        var stack = StackBuilder.Build("networks", s =>
        {
            var front = s.AddNetwork("front");
            var back = s.AddNetwork("back");
            s.AddBusybox("web").WithCommand("sh", "-c", Serve).WithHostname("web").WithNetwork(front);
            s.AddBusybox("client").WithCommand(TestServices.Idle).WithNetwork(front);
            s.AddBusybox("isolated").WithCommand(TestServices.Idle).WithNetwork(back);
        });
        await using var project = ComposeProject.Create(engine, stack);
        await project.UpAsync();

        var webAddress = await ResolveAsync(project, "client", "web");
        Assert.True(webAddress is not null, "client (front) cannot resolve web (front)\ncompose.yaml:\n" + project.ComposeText);
        Assert.NotNull(await ResolveAsync(project, "web", "client"));
        await Wait.UntilAsync(async () => (await project.ExecAsync("client", "wget", "-q", "-O", "-", $"http://{webAddress}:8080/")).Output == "web\n",
            TimeSpan.FromSeconds(30), $"client fetching http://{webAddress}:8080/ from web");

        Assert.Null(await ResolveAsync(project, "isolated", "web"));
        Assert.Null(await ResolveAsync(project, "web", "isolated"));
        // The back-only container has no address in front's subnet, nor web one in back's.
        Assert.Equal([project.Name + "_back"], await NetworksOfAsync(project, "isolated"));
        Assert.Equal([project.Name + "_front"], await NetworksOfAsync(project, "web"));
    }

    [Fact]
    public async Task Network_mode_none_has_only_loopback()
    {
        var stack = StackBuilder.Build("none", s =>
            s.AddBusybox("offline").WithCommand(TestServices.Idle).WithNetworkMode(NetworkMode.None));
        await using var project = ComposeProject.Create(engine, stack);
        await project.UpAsync();

        var links = await project.ShellAsync("offline", "ls /sys/class/net");
        links.EnsureSuccess("list interfaces");
        Assert.Equal(["lo"], links.Output.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Published_port_answers_on_loopback()
    {
        var hostPort = FreeLoopbackPort();
        var stack = StackBuilder.Build("published", s =>
            s.AddBusybox("web").WithCommand("sh", "-c", Serve).WithHostname("published-web").WithPort(8080, hostPort));
        await using var project = ComposeProject.Create(engine, stack);
        await project.UpAsync();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? body = null;
        await Wait.UntilAsync(async () =>
        {
            try
            {
                body = await client.GetStringAsync($"http://127.0.0.1:{hostPort}/");
                return true;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), $"http://127.0.0.1:{hostPort}/ answering\ncompose.yaml:\n{project.ComposeText}");
        Assert.Equal("published-web\n", body);
    }

    // nslookup prints the server first ("Address: 10.89.0.1:53"), then the answer after "Name:".
    private static async Task<string?> ResolveAsync(ComposeProject project, string from, string name)
    {
        var lookup = await project.ExecAsync(from, "nslookup", name);
        var answer = lookup.Output.Split("Name:", 2);
        if (!lookup.Succeeded || answer.Length < 2)
        {
            return null;
        }
        var address = AnswerAddress().Match(answer[1]);
        return address.Success ? address.Groups[1].Value : null;
    }

    private async Task<string[]> NetworksOfAsync(ComposeProject project, string service)
    {
        var inspect = await engine.Podman("inspect", "--format", "{{range $name, $n := .NetworkSettings.Networks}}{{$name}}\n{{end}}",
            await project.ContainerIdAsync(service));
        inspect.EnsureSuccess("podman inspect networks");
        return inspect.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Address:\s*(\d+\.\d+\.\d+\.\d+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerAddress();
}
