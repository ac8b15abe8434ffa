namespace InfraSharp.Compose.Tests;

/// <summary>A stack that uses every feature the Compose writer maps, for the validator-based tests.</summary>
internal static class RichStack
{
    /// <summary>
    /// Declares the stack. <paramref name="newerComposeFeatures"/> adds what only the current specification reads
    /// (a secret from the environment, a volume subpath), which docker-compose 1.29 rejects.
    /// </summary>
    public static void Define(IStackBuilder stack, bool newerComposeFeatures)
    {
        stack.WithNamespace("shop").WithLabel("com.example.team", "platform");
        var front = stack.AddNetwork("front").WithDriverOption("com.docker.network.bridge.name", "shop-front").WithLabel("tier", "front");
        var back = stack.AddNetwork("back").AsInternal();
        var overlay = stack.AddNetwork("mesh").AsOverlay(attachable: true);
        stack.AddNetwork("shared").AsExternal("corp-shared");
        var data = stack.AddVolume("dbdata").WithDriver("local").WithDriverOption("type", "none").WithLabel("backup", "daily").WithSize("10Gi");
        var logs = stack.AddVolume("logvolume01");
        var legacy = stack.AddVolume("legacy").AsExternal("legacy-data");
        var nginxConf = stack.AddConfig("nginx-conf").FromContent("server {\n  listen 80;\n  set $upstream api;\n}\n");
        var appSettings = stack.AddConfig("appsettings").FromFile("config/appsettings.json");
        var shared = stack.AddConfig("shared-config").AsExternal();
        var dbPassword = stack.AddSecret("db-password").FromFile("secrets/db-password.txt");
        var apiKey = stack.AddSecret("api-key").AsExternal();

        var db = stack.AddService("db")
            .WithImage("postgres:16.3")
            .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db-password")
            .WithEnvironment("PGDATA", "/var/lib/postgresql/data/pgdata")
            .WithSecret(dbPassword)
            .WithVolume(data, "/var/lib/postgresql/data")
            .WithInternalPort(5432)
            .WithNetwork(back, ["database", "pg"])
            .WithHealthCheck(Probe.Exec("pg_isready", "-U", "postgres").WithTimings(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), 5, TimeSpan.FromSeconds(30)))
            .WithResources("250m", "1", "256Mi", "1Gi")
            .WithRestart(RestartPolicy.UnlessStopped)
            .WithUlimit("nofile", 1024, 2048)
            .WithSysctl("net.core.somaxconn", "1024")
            .WithStopSignal("SIGINT")
            .WithStopGracePeriod(TimeSpan.FromSeconds(90))
            .AsStatefulSet();

        var cache = stack.AddService("cache")
            .WithImage("redis:7.2")
            .WithCommand("redis-server", "--save", "", "--appendonly", "no")
            .WithInternalPort(6379)
            .WithNetwork(back)
            .WithTmpfs("/data", "64Mi")
            .WithHealthCheck(Probe.Tcp(6379))
            .WithReadOnlyRootFilesystem()
            .WithDroppedCapabilities("ALL")
            .WithAddedCapabilities("SETUID", "SETGID")
            .WithSecurityOption("no-new-privileges:true")
            .WithUser("999:999")
            .WithPullPolicy(PullPolicy.Missing);

        var migrate = stack.AddService("migrate")
            .WithImage("ghcr.io/acme/api:1.4")
            .WithEntrypoint("dotnet", "Api.dll")
            .WithCommand("--migrate")
            .WithNetwork(back)
            .WaitFor(db)
            .AsJob();

        var api = stack.AddService("api")
            .WithBuild("./src/Api", image: "ghcr.io/acme/api:1.4", dockerfile: "Dockerfile", target: "final")
            .WithBuildArg("CONFIGURATION", "Release")
            .WithEnvironment("ConnectionStrings__Db", "Host=db;Password=$(cat /run/secrets/db-password)")
            .WithEnvironment("GREETING", "yes")
            .WithEnvironmentFile("api.env")
            .WithInternalPort(8080, name: "http")
            .WithNetwork(back, ["backend"])
            .WithNetwork(front)
            .WithNetwork(overlay)
            .WithConfig(appSettings, "/app/appsettings.json")
            .WithConfig(shared)
            .WithSecret(dbPassword)
            .WithSecret(apiKey, "/run/secrets/key")
            .WithBindMount("./keys", "/keys", readOnly: true, kubernetes: BindMountOnKubernetes.Skip)
            .WithAnonymousVolume("/tmp/cache")
            .WithVolume(newerComposeFeatures ? data : logs, "/var/log/api", subPath: newerComposeFeatures ? "api" : null)
            .WithHealthCheck(Probe.Http("/healthz", 8080).WithTimings(startPeriod: TimeSpan.FromMilliseconds(1500)))
            .WithResources(cpuLimit: "1500m", memoryLimit: "512Mi")
            .WithReplicas(3)
            .WithRollingUpdate(maxSurge: 1, maxUnavailable: 0)
            .WithNodeSelector("disk", "ssd")
            .WithLabel("com.example.component", "api")
            .WithLogging("json-file", new Dictionary<string, string> { ["max-size"] = "10m", ["max-file"] = "3" })
            .WithInitContainer("wait", c => c.WithImage("busybox:1.36").WithCommand("sh", "-c", "until nc -z db 5432; do sleep 1; done"))
            .WithSidecar("metrics", c => c.WithImage("prom/statsd-exporter:v0.26.0").WithPort(9102, 9102).WithVolume(logs, "/logs", readOnly: true))
            .WaitFor(db)
            .WaitFor(cache)
            .WaitForCompletion(migrate)
            .WithIngress("shop.example.com", "/api", 8080)
            .ConfigureCompose(s => s.Extensions = new() { ["x-owner"] = "platform" });

        stack.AddService("proxy")
            .WithImage("nginx:1.27")
            .WithPort(80, 8080)
            .WithPort(443, 8443, hostIp: "127.0.0.1")
            .WithPort(53, 5353, PortProtocol.Udp)
            .WithConfig(nginxConf, "/etc/nginx/conf.d/default.conf")
            .WithNetwork(front)
            .WithNetwork(stack.AddNetwork("edge"))
            .WithVolume(legacy, "/legacy")
            .WithBindMount("/etc/ssl/certs", "/certs", readOnly: true, kubernetes: BindMountOnKubernetes.Skip)
            .WaitFor(api, DependencyCondition.Healthy)
            .WithLink(api, "backend-api")
            .WithContainerName("shop-proxy")
            .WithHostname("proxy")
            .WithExtraHost("host.docker.internal", "host-gateway")
            .WithDns("1.1.1.1", "9.9.9.9")
            .WithInit()
            .WithRestart(RestartPolicy.Always)
            .WithPrivileged()
            .WithProfiles("web", "full")
            .WithPullPolicy(PullPolicy.Always)
            .WithServiceType(KubernetesServiceType.LoadBalancer);

        stack.AddService("reports")
            .WithImage("ghcr.io/acme/reports:2.0")
            .WithWorkingDirectory("/work")
            .WithNetworkMode(NetworkMode.None)
            .WithPullPolicy(PullPolicy.Never)
            .AsCronJob("0 3 * * *");

        stack.AddService("monitor")
            .WithImage("ghcr.io/acme/monitor:1.0")
            .WithNetworkMode(NetworkMode.Host)
            .WithRestart(RestartPolicy.OnFailure);

        if (newerComposeFeatures)
        {
            var token = stack.AddSecret("token").FromEnvironment("SHOP_TOKEN");
            stack.AddService("token-user").WithImage("busybox:1.36").WithSecret(token);
        }

        stack.ConfigureCompose(file => file.Extensions = new() { ["x-generated-by"] = "InfraSharp" });
    }

    /// <summary>The files the stack references, relative to the project folder, so Compose finds them.</summary>
    public static readonly string[] ProjectFiles =
    [
        "config/appsettings.json", "secrets/db-password.txt", "src/Api/Dockerfile", "keys/.keep", "api.env",
    ];
}
