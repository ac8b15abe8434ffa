using InfraSharp.Model;
using InfraSharp.Validation.Rules;

namespace InfraSharp.Validation;

// Best-practice warnings (41xx) for the Kubernetes target, mirroring kube-linter, kube-score and Polaris.
internal sealed partial class ValidationRun
{
    private void CheckContainerBestPractice(int owner, ContainerDefinition container, string path, string what)
    {
        if (container.Image is { } image && ImageReferenceRules.IsValid(image) && !ImageReferenceRules.HasPinnedTag(image))
        {
            var tag = ImageReferenceRules.GetTag(image);
            Report(owner, DiagnosticIds.LatestOrMissingTag, path,
                tag is null ? $"{what} runs the image '{image}' without a tag, which means 'latest'." : $"{what} runs the image '{image}' with the moving tag 'latest'.",
                container.ImageLocation ?? container.Location,
                $"Pin a version tag or a digest, such as '{Repository(image)}:<version>' or '{Repository(image)}@sha256:<digest>'.");
        }
        var resources = container.Resources;
        var missing = new List<string>();
        if (resources.CpuRequest is null) missing.Add("cpuRequest");
        if (resources.CpuLimit is null) missing.Add("cpuLimit");
        if (resources.MemoryRequest is null) missing.Add("memoryRequest");
        if (resources.MemoryLimit is null) missing.Add("memoryLimit");
        if (missing.Count > 0)
        {
            Report(owner, DiagnosticIds.NoResources, path + ".resources",
                $"{what} sets no {string.Join(", ", missing)}.", container.Location);
        }
        if (container.Privileged)
        {
            Report(owner, DiagnosticIds.PrivilegedContainer, path, $"{what} runs privileged.", container.PrivilegedLocation ?? container.Location);
        }
        if (IsRoot(container.User))
        {
            Report(owner, DiagnosticIds.RunsAsRoot, path,
                container.User is null || container.User.Trim().Length == 0
                    ? $"{what} sets no user, so it runs as the image's user, usually root."
                    : $"{what} runs as the user '{container.User}', which is root.",
                container.Location);
        }
    }

    private void CheckServiceBestPractice(int owner, ServiceDefinition service, string path)
    {
        var runsToCompletion = service.Workload is WorkloadKind.Job or WorkloadKind.CronJob;
        if (!runsToCompletion && service.Ports.Count > 0 && service.HealthCheck is null)
        {
            Report(owner, DiagnosticIds.NoReadinessProbe, path,
                $"Service '{service.Name}' opens port(s) {string.Join(", ", service.Ports.Select(p => Text(p.ContainerPort)))} but has no health check, so it gets no readiness or liveness probe.",
                service.Location,
                $"Call WithHealthCheck(Probe.Http(\"/healthz\", {Text(service.Ports[0].ContainerPort)})) or WithHealthCheck(Probe.Tcp({Text(service.Ports[0].ContainerPort)})).");
        }
        if (service.NetworkMode == NetworkMode.Host)
        {
            Report(owner, DiagnosticIds.HostNetwork, path,
                $"Service '{service.Name}' uses the host network.", service.NetworkModeLocation ?? service.Location);
        }
    }

    // The image without tag and digest; a ':' before the last '/' is a registry port, not a tag.
    private static string Repository(string image)
    {
        var withoutDigest = image.Split('@')[0];
        var colon = withoutDigest.LastIndexOf(':');
        return colon > withoutDigest.LastIndexOf('/') ? withoutDigest[..colon] : withoutDigest;
    }

    private static bool IsRoot(string? user)
    {
        if (user is null || user.Trim().Length == 0)
        {
            return true;
        }
        var name = user.Trim().Split(':')[0];
        return name == "0" || string.Equals(name, "root", StringComparison.Ordinal);
    }
}
