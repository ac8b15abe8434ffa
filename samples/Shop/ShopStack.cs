using InfraSharp;

namespace Shop;

/// <summary>
/// A realistic multi-tier stack: a reverse proxy in front, an API with three replicas and rolling updates, a
/// background worker, a migration job, PostgreSQL with a named volume and health check, and Redis. Two networks keep
/// the database unreachable from the proxy: the proxy is only on <c>front</c>, the data tier only on <c>back</c>.
/// </summary>
[Stack("shop")]
public static class ShopStack
{
    public static void Define(IStackBuilder stack)
    {
        stack.WithNamespace("shop").WithLabel("app.kubernetes.io/version", "2.3.1");
        // On Kubernetes, each WaitFor becomes an init container of this (pinned) image that waits for the Service.
        stack.WithKubernetesWaitImage("busybox:1.36.1");

        var front = stack.AddNetwork("front");
        var back = stack.AddNetwork("back").AsInternal();
        var pgdata = stack.AddVolume("pgdata").WithSize("10Gi");
        var dbPassword = stack.AddSecret("db-password").FromFile("secrets/db-password.txt");
        var proxyConfig = stack.AddConfig("proxy-conf").FromFile("config/nginx.conf");

        var db = stack.AddService("db")
            .WithImage("postgres:16.4")
            .WithEnvironment("POSTGRES_DB", "shop")
            .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/db-password")
            .WithSecret(dbPassword)
            .WithVolume(pgdata, "/var/lib/postgresql/data")
            .WithInternalPort(5432)
            .WithHealthCheck(Probe.Exec("pg_isready", "-U", "postgres").WithTimings(interval: TimeSpan.FromSeconds(5)))
            .WithResources(cpuRequest: "250m", cpuLimit: "1", memoryRequest: "256Mi", memoryLimit: "1Gi")
            .WithUser("999")
            .WithNetwork(back)
            .AsStatefulSet();

        var cache = stack.AddService("cache")
            .WithImage("redis:7.2")
            .WithInternalPort(6379)
            .WithHealthCheck(Probe.Exec("redis-cli", "ping"))
            .WithTmpfs("/data", size: "64Mi")
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "64Mi", memoryLimit: "128Mi")
            .WithUser("999")
            .WithNetwork(back);

        var migrate = stack.AddService("migrate")
            .WithImage("ghcr.io/acme/shop-api:2.3.1")
            .WithCommand("migrate", "--apply")
            .WithSecret(dbPassword)
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")
            .WithUser("1000")
            .WithNetwork(back)
            .WaitFor(db)
            .AsJob();

        var api = stack.AddService("api")
            .WithImage("ghcr.io/acme/shop-api:2.3.1")
            .WithEnvironment("ConnectionStrings__Db", "Host=db;Database=shop;Username=postgres")
            .WithEnvironment("Redis__Endpoint", "cache:6379")
            .WithSecret(dbPassword)
            .WithInternalPort(8080, name: "http")
            .WithHealthCheck(Probe.Http("/healthz", 8080))
            .WithResources(cpuRequest: "250m", cpuLimit: "1", memoryRequest: "256Mi", memoryLimit: "512Mi")
            .WithUser("1000")
            .WithReadOnlyRootFilesystem()
            .WithDroppedCapabilities("ALL")
            .WithTmpfs("/tmp", size: "32Mi")
            .WithReplicas(3)
            .WithRollingUpdate(maxSurge: 1, maxUnavailable: 0)
            .WithNetwork(front)
            .WithNetwork(back)
            .WaitFor(db)
            .WaitFor(cache)
            .WaitForCompletion(migrate);

        stack.AddService("worker")
            .WithImage("ghcr.io/acme/shop-worker:2.3.1")
            .WithEnvironment("Redis__Endpoint", "cache:6379")
            .WithSecret(dbPassword)
            .WithHealthCheck(Probe.Exec("/app/healthcheck"))
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")
            .WithUser("1000")
            .WithRestart(RestartPolicy.UnlessStopped)
            .WithNetwork(back)
            .WaitFor(db)
            .WaitFor(cache);

        stack.AddService("proxy")
            .WithImage("nginxinc/nginx-unprivileged:1.27")
            .WithConfig(proxyConfig, "/etc/nginx/conf.d/default.conf")
            .WithPort(8080, hostPort: 8080)
            .WithHealthCheck(Probe.Http("/", 8080))
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "64Mi", memoryLimit: "128Mi")
            .WithUser("101")
            .WithNetwork(front)
            .WithServiceType(KubernetesServiceType.LoadBalancer)
            .WithIngress("shop.example.com", tlsSecret: "shop-tls")
            .WaitFor(api);
    }
}
