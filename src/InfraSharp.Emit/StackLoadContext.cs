using System.Reflection;
using System.Runtime.Loader;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Loads the user's assembly and its dependencies (from its <c>.deps.json</c>) apart from the host, while sharing
/// InfraSharp and the host's own dependencies so that the stack model the user builds is the one the host reads.
/// </summary>
internal sealed class StackLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly string _assemblyDirectory;
    private readonly HashSet<string> _hostAssemblies;

    public StackLoadContext(string assemblyPath)
        : base("InfraSharp stacks: " + Path.GetFileNameWithoutExtension(assemblyPath), isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(assemblyPath);
        _assemblyDirectory = Path.GetDirectoryName(assemblyPath)!;
        // The host's app-local assemblies (InfraSharp, YamlDotNet, KubernetesClient...) must be one copy for both sides.
        var hostDirectory = AppContext.BaseDirectory;
        _hostAssemblies = Directory.EnumerateFiles(hostDirectory, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _hostAssemblies.Add(typeof(StackBuilder).Assembly.GetName().Name!);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null)
        {
            return null;
        }
        if (_hostAssemblies.Contains(assemblyName.Name) || IsLoadedInDefault(assemblyName.Name))
        {
            // The host's copy, whatever version the user compiled against (a CLI tool older or newer than the
            // package): asking the default context by full name would fail for a newer reference, and the user's
            // stacks would silently not be found.
            return Default.LoadFromAssemblyName(new AssemblyName(assemblyName.Name));
        }
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            // Class libraries' deps.json may not say where a package lives; the build copies them beside the assembly.
            var local = Path.Combine(_assemblyDirectory, assemblyName.Name + ".dll");
            path = File.Exists(local) ? local : null;
        }
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    // When the host runs in-process (tests, CLI), InfraSharp comes from the caller's default context.
    private static bool IsLoadedInDefault(string name) =>
        Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
}
