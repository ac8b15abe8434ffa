using System.Text;
using System.Text.RegularExpressions;
using InfraSharp.Model;
using InfraSharp.Validation;
using k8s.Models;

namespace InfraSharp.Kubernetes;

/// <summary>ConfigMaps: one per stack config, and one per bind mount that chose <see cref="BindMountOnKubernetes.ConfigMap"/>.</summary>
internal sealed partial class ConfigMapFactory
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly KubernetesBuild _build;

    public ConfigMapFactory(KubernetesBuild build) => _build = build;

    [GeneratedRegex("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigMapKey();

    /// <summary>The data key that holds <paramref name="config"/>: its file name, or the config name for inline content.</summary>
    public static string KeyOf(ConfigDefinition config)
    {
        var fileName = config.File is null ? null : Path.GetFileName(config.File);
        return fileName is not null && IsValidKey(fileName) ? fileName : config.Name;
    }

    /// <summary>Emits a ConfigMap per config that the stack owns; external ones are only referenced.</summary>
    public void EmitStackConfigs()
    {
        foreach (var config in _build.Stack.Configs)
        {
            _build.ConfigMapNames.Add(config.Name);
            if (config.External)
            {
                continue;
            }
            var configMap = NewConfigMap(config.Name, KubernetesLabels.ForStack(_build.Stack));
            var key = KeyOf(config);
            if (config.File is not null)
            {
                AddFile(configMap, key, config.File, "configs." + config.Name, config.Location,
                    $"Create the file, or use .FromContent(...) for config '{config.Name}'.");
            }
            else
            {
                configMap.Data![key] = config.Content ?? string.Empty;
            }
            _build.Objects.Add(configMap);
        }
    }

    /// <summary>
    /// Emits the ConfigMap of a bind mount: every regular file of the source folder, or the single source file.
    /// Returns its name and, for a single file, the key to mount with subPath; null when the source is missing.
    /// </summary>
    public (string Name, string? FileKey)? FromBindMount(ServiceDefinition service, BindMount mount, string objectPath)
    {
        var name = KubernetesNames.Unique(
            KubernetesNames.ToDnsLabel(service.Name + "-" + KubernetesNames.FromPath(mount.Target), service.Name),
            _build.ConfigMapNames);
        var configMap = NewConfigMap(name, KubernetesLabels.ForService(service));
        var source = _build.Context.ResolveProjectPath(mount.Source);
        string? fileKey = null;
        if (Directory.Exists(source))
        {
            foreach (var file in Directory.EnumerateFiles(source).OrderBy(Path.GetFileName, StringComparer.Ordinal))
            {
                var key = Path.GetFileName(file);
                if (!IsValidKey(key))
                {
                    _build.NotExpressible(objectPath, $"the file '{key}' of '{mount.Source}' is not a valid ConfigMap key and is left out of ConfigMap '{name}'.",
                        "Rename the file to letters, digits, '-', '_' or '.'.", mount.Location);
                    continue;
                }
                AddFile(configMap, key, file, objectPath, mount.Location, string.Empty);
            }
        }
        else if (File.Exists(source))
        {
            var key = Path.GetFileName(source);
            fileKey = IsValidKey(key) ? key : "content";
            AddFile(configMap, fileKey, source, objectPath, mount.Location, string.Empty);
        }
        else
        {
            _build.Context.Report(DiagnosticIds.SourceFileNotFound, Severity.Error, objectPath,
                $"the bind mount source '{mount.Source}' ({source}) does not exist, so ConfigMap '{name}' cannot be filled.",
                "Create it relative to the project folder, or choose another Kubernetes strategy (BindMountOnKubernetes.Skip, NodeHostPath or PersistentVolumeClaim).",
                mount.Location);
            return null;
        }
        _build.Objects.Add(configMap);
        return (name, fileKey);
    }

    private V1ConfigMap NewConfigMap(string name, IDictionary<string, string> labels) =>
        new()
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = _build.Metadata(name, labels),
            Data = new SortedDictionary<string, string>(StringComparer.Ordinal),
        };

    private void AddFile(V1ConfigMap configMap, string key, string path, string objectPath, SourceLocation location, string fix)
    {
        var resolved = _build.Context.ResolveProjectPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(resolved);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _build.Context.Report(DiagnosticIds.SourceFileNotFound, Severity.Error, objectPath,
                $"the file '{path}' ({resolved}) cannot be read for ConfigMap '{configMap.Metadata.Name}': {exception.Message}",
                fix.Length > 0 ? fix : "Create the file relative to the project folder, or fix the path.", location);
            return;
        }
        if (TryDecodeText(bytes, out var text))
        {
            configMap.Data![key] = text;
        }
        else
        {
            // Binary files cannot be YAML strings; Kubernetes carries them base64-encoded in binaryData.
            configMap.BinaryData ??= new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            configMap.BinaryData[key] = bytes;
        }
    }

    private static bool TryDecodeText(byte[] bytes, out string text)
    {
        text = string.Empty;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsValidKey(string key) => key.Length <= 253 && ConfigMapKey().IsMatch(key) && key is not "." and not "..";
}
