using InfraSharp.Model;
using InfraSharp.Validation;
using k8s;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>A service as a Deployment (default), StatefulSet, Job or CronJob.</summary>
internal sealed class WorkloadFactory
{
    private readonly KubernetesBuild _build;
    private readonly PodSpecFactory _pods;

    public WorkloadFactory(KubernetesBuild build, PodSpecFactory pods)
    {
        _build = build;
        _pods = pods;
    }

    /// <summary>Name of the headless Service that governs a StatefulSet.</summary>
    public static string HeadlessServiceName(ServiceDefinition service) => service.Name + "-headless";

    /// <summary>Creates the workload of <paramref name="service"/> and adds it to the build.</summary>
    public void Create(ServiceDefinition service)
    {
        var path = "services." + service.Name;
        var runsToCompletion = service.Workload is WorkloadKind.Job or WorkloadKind.CronJob;
        if (!runsToCompletion && service.Restart is RestartPolicy.No or RestartPolicy.OnFailure)
        {
            _build.Context.Report(DiagnosticIds.RestartPolicyOnLongRunningWorkload, Severity.Info, path + ".restart",
                $"restart '{service.Restart}' cannot be kept by a {service.Workload}: its pods are always restarted.",
                $"Run one-shot work as a Job: stack.AddService(\"{service.Name}\").AsJob().", service.Location);
        }
        var restartPolicy = runsToCompletion ? (service.Restart == RestartPolicy.No ? "Never" : "OnFailure") : null;
        var (podSpec, volumes) = _pods.Create(service, path, restartPolicy);
        var template = new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = KubernetesLabels.ForPod(service) },
            Spec = podSpec,
        };
        var metadata = _build.Metadata(service.Name, KubernetesLabels.ForService(service));
        if (service.DependsOn.Count > 0)
        {
            var names = string.Join(",", service.DependsOn.Select(dependency => dependency.Service.Name));
            metadata.Annotations = new SortedDictionary<string, string>(StringComparer.Ordinal) { [KubernetesLabels.DependsOnAnnotation] = names };
            if (WaitContainerFactory.ImageOf(_build.Stack) is null)
            {
                // With a wait image, PodSpecFactory turns the dependencies into wait init containers and reports the rest.
                _build.NotExpressible(path + ".depends_on",
                    $"Kubernetes has no start order; '{service.Name}' starts together with {names} and is annotated {KubernetesLabels.DependsOnAnnotation}.",
                    "Call stack.WithKubernetesWaitImage(\"<image>:<tag>\") with an image you pin that has sh and nc (such as busybox:1.36) to get init containers that wait for each dependency's Service; "
                    + "else give the dependencies health checks (their readiness probes gate traffic) and make the service retry until they answer.",
                    service.DependsOn[0].Location);
            }
        }
        var selector = new V1LabelSelector { MatchLabels = KubernetesLabels.Selector(service) };
        IKubernetesObject<V1ObjectMeta> workload = service.Workload switch
        {
            WorkloadKind.StatefulSet => new V1StatefulSet
            {
                ApiVersion = "apps/v1",
                Kind = "StatefulSet",
                Metadata = metadata,
                Spec = new V1StatefulSetSpec
                {
                    Replicas = service.Replicas ?? 1,
                    ServiceName = HeadlessServiceName(service),
                    Selector = selector,
                    Template = template,
                    // StatefulSets replace pods one at a time; maxSurge/maxUnavailable do not apply (maxUnavailable is alpha).
                    UpdateStrategy = service.RollingUpdate is not null ? new V1StatefulSetUpdateStrategy { Type = "RollingUpdate" } : null,
                    VolumeClaimTemplates = volumes.ClaimTemplates.Count == 0 ? null : volumes.ClaimTemplates,
                },
            },
            WorkloadKind.Job => new V1Job
            {
                ApiVersion = "batch/v1",
                Kind = "Job",
                Metadata = metadata,
                Spec = JobSpec(service, template),
            },
            WorkloadKind.CronJob => new V1CronJob
            {
                ApiVersion = "batch/v1",
                Kind = "CronJob",
                Metadata = metadata,
                Spec = new V1CronJobSpec
                {
                    Schedule = service.Schedule ?? string.Empty,
                    JobTemplate = new V1JobTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = KubernetesLabels.ForService(service) },
                        Spec = JobSpec(service, template),
                    },
                },
            },
            _ => new V1Deployment
            {
                ApiVersion = "apps/v1",
                Kind = "Deployment",
                Metadata = metadata,
                Spec = new V1DeploymentSpec
                {
                    Replicas = service.Replicas ?? 1,
                    Selector = selector,
                    Template = template,
                    Strategy = service.RollingUpdate is { } update
                        ? new V1DeploymentStrategy
                        {
                            Type = "RollingUpdate",
                            RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = update.MaxSurge, MaxUnavailable = update.MaxUnavailable },
                        }
                        : null,
                },
            },
        };
        _build.Customize(service.WorkloadCustomizations, workload, path, service.Location);
        _build.Objects.Add(workload);
    }

    private static V1JobSpec JobSpec(ServiceDefinition service, V1PodTemplateSpec template) =>
        new()
        {
            // Compose runs 'replicas' copies of the container; a Job keeps that as parallel completions.
            Parallelism = service.Replicas is > 1 ? service.Replicas : null,
            Completions = service.Replicas is > 1 ? service.Replicas : null,
            Template = template,
        };
}
