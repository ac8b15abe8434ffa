using InfraSharp.Emit;
using InfraSharp.Model;

namespace InfraSharp.Kubernetes.Tests;

/// <summary>Stacks shared by the tests.</summary>
internal static class TestStacks
{
    public const string SecretFileContent = "s3cr3t-value-from-file";

    /// <summary>A project folder with the files <see cref="Everything"/> reads.</summary>
    public static TempProject EverythingProject() =>
        new TempProject()
            .With("nginx/nginx.conf", "events {}\nhttp { server { listen 80; } }\n")
            .With("nginx/mime.types", "types { text/html html; }\n")
            .With("config/app.json", "{\"feature\": true}\n")
            .With("secrets/db_password.txt", SecretFileContent);

    public static EmitOptions Options(TempProject project) => EmitOptions.ForProject(project.Root);

    /// <summary>A multi-tier stack using nearly every concept the Kubernetes writer maps.</summary>
    public static StackDefinition Everything() => StackBuilder.Build("shop", stack =>
    {
        stack.WithNamespace("shop").WithLabel("team", "platform");
        var front = stack.AddNetwork("front");
        var back = stack.AddNetwork("back").AsInternal();
        var data = stack.AddVolume("data").WithSize("10Gi").WithStorageClass("fast");
        var cache = stack.AddVolume("cache");
        var appConfig = stack.AddConfig("app-config").FromFile("config/app.json");
        var banner = stack.AddConfig("banner").FromContent("yes");
        var dbPassword = stack.AddSecret("db-password").FromFile("secrets/db_password.txt");
        var apiKey = stack.AddSecret("api-key").FromEnvironment("API_KEY");

        var db = stack.AddService("db").WithImage("postgres:16.2")
            .WithVolume(data, "/var/lib/postgresql/data")
            .WithSecret(dbPassword)
            .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db-password")
            .WithInternalPort(5432)
            .WithHealthCheck(Probe.Exec("pg_isready", "-U", "postgres").WithTimings(interval: TimeSpan.FromSeconds(5), startPeriod: TimeSpan.FromSeconds(30)))
            .WithResources(cpuRequest: "250m", memoryRequest: "256Mi", memoryLimit: "1Gi")
            .WithNetwork(back)
            .AsStatefulSet();

        var redis = stack.AddService("redis").WithImage("redis:7.2")
            .WithInternalPort(6379)
            .WithVolume(cache, "/data")
            .WithHealthCheck(Probe.Tcp(6379))
            .WithNetwork(back);

        var api = stack.AddService("api").WithImage("ghcr.io/acme/api:1.4")
            .WithPort(8080, 8080, name: "http")
            .WithEnvironment("ASPNETCORE_URLS", "http://+:8080")
            .WithEnvironment("FEATURE", "yes")
            .WithEnvironment("ZIP", "0123")
            .WithEnvironment("TEXT", "a: b")
            .WithConfig(appConfig, "/app/appsettings.json")
            .WithConfig(banner)
            .WithSecret(dbPassword)
            .WithSecret(apiKey, "/run/secrets/api")
            .WithTmpfs("/tmp", "64Mi")
            .WithAnonymousVolume("/app/cache")
            .WithHealthCheck(Probe.Http("/healthz", 8080))
            .WithReplicas(3)
            .WithRollingUpdate(1, 0)
            .WithUser("1000:1000")
            .WithReadOnlyRootFilesystem()
            .WithDroppedCapabilities("ALL")
            .WithSecurityOption("no-new-privileges:true")
            .WithPullPolicy(PullPolicy.Always)
            .WithNetwork(front).WithNetwork(back)
            .WithSidecar("metrics", sidecar => sidecar.WithImage("prom/statsd-exporter:v0.26.0").WithInternalPort(9102))
            .WithInitContainer("migrate", init => init.WithImage("ghcr.io/acme/api-migrations:1.4").WithCommand("migrate", "up"))
            .WaitFor(db).WaitFor(redis)
            .WithIngress("shop.example.com", "/api", tlsSecret: "shop-tls", ingressClass: "nginx");

        stack.AddService("proxy").WithImage("nginx:1.25")
            .WithPort(80, 8000)
            .WithBindMount("nginx", "/etc/nginx/conf.d", readOnly: true, kubernetes: BindMountOnKubernetes.ConfigMap)
            .WithBindMount("./src", "/usr/share/nginx/html", kubernetes: BindMountOnKubernetes.Skip)
            .WithNetwork(front)
            .WithServiceType(KubernetesServiceType.LoadBalancer)
            .WaitFor(api);

        stack.AddService("worker").WithImage("ghcr.io/acme/worker:1.4")
            .WithCommand("run", "--queue", "default")
            .WithEntrypoint("/bin/worker")
            .WithNetwork(back)
            .WithStopGracePeriod(TimeSpan.FromSeconds(45))
            .WithExtraHost("billing.local", "10.0.0.5")
            .WithExtraHost("invoices.local", "10.0.0.5")
            .WithExtraHost("legacy.local", "10.0.0.9")
            .WithDns("1.1.1.1", "8.8.8.8")
            .WithSysctl("net.core.somaxconn", "1024")
            .WithNodeSelector("kubernetes.io/arch", "amd64");

        stack.AddService("backup").WithImage("ghcr.io/acme/backup:1.0")
            .WithVolume(cache, "/backup", readOnly: true)
            .AsCronJob("0 3 * * *")
            .WithNetwork(back);

        stack.AddService("seed").WithImage("ghcr.io/acme/seed:1.0").AsJob().WithRestart(RestartPolicy.No)
            .WithNetworkMode(NetworkMode.None);
    });
}
