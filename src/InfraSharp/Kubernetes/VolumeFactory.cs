using InfraSharp.Model;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>Named volumes and claim-backed bind mounts as PersistentVolumeClaims (or StatefulSet claim templates).</summary>
internal sealed class VolumeFactory
{
    private const string DefaultSize = "1Gi";
    private readonly KubernetesBuild _build;
    private readonly HashSet<VolumeDefinition> _sizeReported = new();
    private Dictionary<VolumeDefinition, bool>? _volumeUsers;

    public VolumeFactory(KubernetesBuild build) => _build = build;

    /// <summary>Emits a claim per named volume, except external ones and those only StatefulSets use.</summary>
    public void EmitNamedVolumes()
    {
        foreach (var volume in _build.Stack.Volumes)
        {
            var path = "volumes." + volume.Name;
            if (volume.Driver is not null || volume.DriverOptions.Count > 0)
            {
                _build.NotExpressible(path, $"the volume driver '{volume.Driver ?? "(default)"}' and its options are Compose settings; the claim uses the cluster's storage.",
                    "Pick the storage with .WithStorageClass(...) for Kubernetes.", volume.Location);
            }
            if (volume.External || UsedOnlyByStatefulSets(volume))
            {
                continue;
            }
            var claim = new V1PersistentVolumeClaim
            {
                ApiVersion = "v1",
                Kind = "PersistentVolumeClaim",
                Metadata = _build.Metadata(volume.Name, KubernetesLabels.ForStack(_build.Stack, volume.Labels)),
                Spec = ClaimSpec(volume),
            };
            _build.ClaimNames.Add(volume.Name);
            _build.Customize(volume.ClaimCustomizations, claim, path, volume.Location);
            _build.Objects.Add(claim);
        }
    }

    /// <summary>A StatefulSet's per-replica claim for <paramref name="volume"/>, named like the pod volume it backs.</summary>
    public V1PersistentVolumeClaim ClaimTemplate(VolumeDefinition volume, string templateName)
    {
        var claim = new V1PersistentVolumeClaim
        {
            Metadata = new V1ObjectMeta { Name = templateName, Labels = KubernetesLabels.ForStack(_build.Stack, volume.Labels) },
            Spec = ClaimSpec(volume),
        };
        _build.Customize(volume.ClaimCustomizations, claim, "volumes." + volume.Name, volume.Location);
        return claim;
    }

    /// <summary>Emits (once) the claim a bind mount asked for with <see cref="BindMountOnKubernetes.PersistentVolumeClaim"/>.</summary>
    public void EnsureBindClaim(string claimName, string? size, string objectPath, SourceLocation location)
    {
        if (!_build.ClaimNames.Add(claimName))
        {
            return;
        }
        _build.Objects.Add(new V1PersistentVolumeClaim
        {
            ApiVersion = "v1",
            Kind = "PersistentVolumeClaim",
            Metadata = _build.Metadata(claimName, KubernetesLabels.ForStack(_build.Stack)),
            Spec = new V1PersistentVolumeClaimSpec
            {
                AccessModes = new List<string> { nameof(VolumeAccessMode.ReadWriteOnce) },
                Resources = Storage(size ?? DefaultSize, objectPath, location),
            },
        });
    }

    /// <summary>True when every container that mounts <paramref name="volume"/> belongs to a StatefulSet (and one does).</summary>
    public bool UsedOnlyByStatefulSets(VolumeDefinition volume)
    {
        // One pass over the services for all volumes: scanning them per volume made large stacks quadratic.
        _volumeUsers ??= CollectVolumeUsers();
        return _volumeUsers.TryGetValue(volume, out var onlyStatefulSets) && onlyStatefulSets;
    }

    /// <summary>For every mounted named volume: true when all the services mounting it are StatefulSets.</summary>
    private Dictionary<VolumeDefinition, bool> CollectVolumeUsers()
    {
        var users = new Dictionary<VolumeDefinition, bool>(ReferenceEqualityComparer.Instance);
        foreach (var service in _build.Stack.Services)
        {
            var statefulSet = service.Workload == WorkloadKind.StatefulSet;
            foreach (var container in service.PodContainers.Concat(service.InitContainers))
            {
                foreach (var mount in container.Mounts.OfType<VolumeMount>())
                {
                    users[mount.Volume] = statefulSet && (!users.TryGetValue(mount.Volume, out var onlyStatefulSets) || onlyStatefulSets);
                }
            }
        }
        return users;
    }

    private V1PersistentVolumeClaimSpec ClaimSpec(VolumeDefinition volume)
    {
        var path = "volumes." + volume.Name;
        if (volume.Size is null && _sizeReported.Add(volume))
        {
            _build.Context.Report(DiagnosticIds.VolumeWithoutSize, Severity.Info, path,
                $"the volume has no size, so its claim requests {DefaultSize}.",
                $"Set the size: stack.AddVolume(\"{volume.Name}\").WithSize(\"10Gi\").", volume.Location);
        }
        return new V1PersistentVolumeClaimSpec
        {
            AccessModes = new List<string> { volume.AccessMode.ToString() },
            StorageClassName = volume.StorageClass,
            Resources = Storage(volume.Size ?? DefaultSize, path, volume.Location),
        };
    }

    private V1VolumeResourceRequirements Storage(string size, string objectPath, SourceLocation location) =>
        new()
        {
            Requests = new Dictionary<string, ResourceQuantity>
            {
                ["storage"] = _build.Quantity(size, objectPath, location) ?? new ResourceQuantity(DefaultSize),
            },
        };
}
