using InfraSharp.Model;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>
/// The volumes of one pod. Containers of the pod (main, sidecars, init containers) that mount the same thing share
/// one pod volume; every pod volume gets a unique DNS-1123 name.
/// </summary>
internal sealed class PodVolumes
{
    private readonly KubernetesBuild _build;
    private readonly ServiceDefinition _service;
    private readonly VolumeFactory _volumes;
    private readonly ConfigMapFactory _configMaps;
    private readonly Dictionary<string, string> _namesByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public PodVolumes(KubernetesBuild build, ServiceDefinition service, VolumeFactory volumes, ConfigMapFactory configMaps)
    {
        _build = build;
        _service = service;
        _volumes = volumes;
        _configMaps = configMaps;
    }

    /// <summary>The pod's volumes, in first-use order.</summary>
    public List<V1Volume> Volumes { get; } = new();

    /// <summary>A StatefulSet's claim templates, in first-use order.</summary>
    public List<V1PersistentVolumeClaim> ClaimTemplates { get; } = new();

    /// <summary>The volume mounts of <paramref name="container"/>: its mounts, then its configs, then its secrets.</summary>
    public List<V1VolumeMount> MountsOf(ContainerDefinition container, string containerPath)
    {
        var mounts = new List<V1VolumeMount>();
        for (var index = 0; index < container.Mounts.Count; index++)
        {
            var mount = Mount(container, container.Mounts[index], $"{containerPath}.mounts[{index}]");
            if (mount is not null)
            {
                mounts.Add(mount);
            }
        }
        foreach (var reference in container.Configs)
        {
            var name = Volume("config:" + reference.Config.Name, "config-" + reference.Config.Name,
                volumeName => new V1Volume { Name = volumeName, ConfigMap = new V1ConfigMapVolumeSource { Name = reference.Config.Name } });
            mounts.Add(new V1VolumeMount
            {
                Name = name, MountPath = reference.EffectiveTarget, SubPath = ConfigMapFactory.KeyOf(reference.Config), ReadOnlyProperty = true,
            });
        }
        foreach (var reference in container.Secrets)
        {
            // Only a reference: the value reaches the cluster through kustomize's secretGenerator or kubectl.
            var name = Volume("secret:" + reference.Secret.Name, "secret-" + reference.Secret.Name,
                volumeName => new V1Volume { Name = volumeName, Secret = new V1SecretVolumeSource { SecretName = reference.Secret.Name } });
            mounts.Add(new V1VolumeMount
            {
                Name = name, MountPath = reference.EffectiveTarget, SubPath = reference.Secret.Name, ReadOnlyProperty = true,
            });
        }
        return mounts;
    }

    private V1VolumeMount? Mount(ContainerDefinition container, MountDefinition mount, string path)
    {
        switch (mount)
        {
            case VolumeMount named:
                return NamedVolume(named);
            case AnonymousVolumeMount:
                return new V1VolumeMount
                {
                    Name = Volume($"anon:{container.Name}:{mount.Target}", "anon-" + KubernetesNames.FromPath(mount.Target),
                        name => new V1Volume { Name = name, EmptyDir = new V1EmptyDirVolumeSource() }),
                    MountPath = mount.Target,
                };
            case TmpfsMount tmpfs:
                var sizeLimit = _build.Quantity(tmpfs.Size, path, tmpfs.Location);
                return new V1VolumeMount
                {
                    Name = Volume($"tmpfs:{container.Name}:{mount.Target}", "tmpfs-" + KubernetesNames.FromPath(mount.Target),
                        name => new V1Volume { Name = name, EmptyDir = new V1EmptyDirVolumeSource { Medium = "Memory", SizeLimit = sizeLimit } }),
                    MountPath = mount.Target,
                };
            case BindMount bind:
                return BindMount(bind, path);
            default:
                return null;
        }
    }

    private V1VolumeMount NamedVolume(VolumeMount mount)
    {
        var volume = mount.Volume;
        string name;
        if (_service.Workload == WorkloadKind.StatefulSet && !volume.External)
        {
            // Per-replica storage: the claim template's name is the pod volume name the mounts use.
            name = Volume("template:" + volume.Name, KubernetesNames.ToDnsLabel(volume.Name, "data"), templateName =>
            {
                ClaimTemplates.Add(_volumes.ClaimTemplate(volume, templateName));
                return null;
            });
        }
        else
        {
            var claimName = volume.External ? volume.ExternalName ?? volume.Name : volume.Name;
            name = ClaimVolume(claimName);
        }
        return new V1VolumeMount
        {
            Name = name, MountPath = mount.Target, SubPath = mount.SubPath, ReadOnlyProperty = mount.ReadOnly ? true : null,
        };
    }

    private V1VolumeMount? BindMount(BindMount mount, string path)
    {
        var choice = mount.Kubernetes;
        var readOnly = mount.ReadOnly ? true : (bool?)null;
        switch (choice?.Strategy ?? BindMountStrategy.Unspecified)
        {
            case BindMountStrategy.Skip:
                _build.NotExpressible(path, $"the bind mount '{mount.Source}' -> '{mount.Target}' is development-only and is not mounted on Kubernetes.",
                    "Nothing to do if the image already contains these files; otherwise choose BindMountOnKubernetes.ConfigMap or PersistentVolumeClaim.", mount.Location);
                return null;
            case BindMountStrategy.HostPath:
                var nodePath = choice!.HostPath ?? mount.Source;
                return new V1VolumeMount
                {
                    Name = Volume("host:" + nodePath, "host-" + KubernetesNames.FromPath(nodePath), name => new V1Volume
                    {
                        Name = name, HostPath = new V1HostPathVolumeSource { Path = nodePath, Type = "DirectoryOrCreate" },
                    }),
                    MountPath = mount.Target,
                    ReadOnlyProperty = readOnly,
                };
            case BindMountStrategy.ConfigMap:
                var configMap = _configMaps.FromBindMount(_service, mount, path);
                if (configMap is null)
                {
                    return null;
                }
                var (configMapName, fileKey) = configMap.Value;
                return new V1VolumeMount
                {
                    Name = Volume("cm:" + configMapName, configMapName,
                        name => new V1Volume { Name = name, ConfigMap = new V1ConfigMapVolumeSource { Name = configMapName } }),
                    MountPath = mount.Target,
                    SubPath = fileKey,
                    ReadOnlyProperty = true,
                };
            case BindMountStrategy.PersistentVolumeClaim:
                var claimName = choice!.ClaimName ?? KubernetesNames.ToDnsLabel(_service.Name + "-" + KubernetesNames.FromPath(mount.Target), _service.Name);
                _volumes.EnsureBindClaim(claimName, choice.Size, path, mount.Location);
                return new V1VolumeMount { Name = ClaimVolume(claimName), MountPath = mount.Target, ReadOnlyProperty = readOnly };
            default:
                // Validation stops this earlier (ISH4002); reached only when objects are created without validating.
                _build.Context.Report(DiagnosticIds.BindMountWithoutKubernetesChoice, Severity.Error, path,
                    $"the bind mount '{mount.Source}' -> '{mount.Target}' has no Kubernetes choice.",
                    "Pass kubernetes: BindMountOnKubernetes.Skip, ConfigMap, NodeHostPath(...) or PersistentVolumeClaim(...).", mount.Location);
                return null;
        }
    }

    private string ClaimVolume(string claimName) =>
        Volume("pvc:" + claimName, KubernetesNames.ToDnsLabel(claimName, "claim"),
            name => new V1Volume { Name = name, PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = claimName } });

    /// <summary>The pod volume name for <paramref name="key"/>, creating the volume on first use (null: no pod volume, as for claim templates).</summary>
    private string Volume(string key, string preferredName, Func<string, V1Volume?> create)
    {
        if (_namesByKey.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var name = KubernetesNames.Unique(KubernetesNames.ToDnsLabel(preferredName, "volume"), _names);
        _namesByKey[key] = name;
        var volume = create(name);
        if (volume is not null)
        {
            Volumes.Add(volume);
        }
        return name;
    }
}
