using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Finds where a method is written from the assembly's portable PDB (beside it or embedded), so diagnostics about a
/// stack class point at its <c>Define</c> method. Missing or unreadable symbols give null, never an error.
/// </summary>
internal sealed class PdbSourceLocator : IDisposable
{
    private readonly MetadataReaderProvider? _provider;
    private readonly PEReader? _peReader;

    public PdbSourceLocator(string assemblyPath)
    {
        try
        {
            _peReader = new PEReader(File.OpenRead(assemblyPath));
            var embedded = _peReader.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            if (embedded.DataSize > 0)
            {
                _provider = _peReader.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
                return;
            }
            var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
            if (File.Exists(pdbPath))
            {
                _provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
                // Windows PDBs are not readable here; asking for the reader tells.
                _ = _provider.GetMetadataReader();
            }
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
        {
            _provider?.Dispose();
            _provider = null;
        }
    }

    /// <summary>The first line of <paramref name="method"/>'s body, or null.</summary>
    public SourcePosition? Locate(MethodBase method)
    {
        if (_provider is null)
        {
            return null;
        }
        try
        {
            var reader = _provider.GetMetadataReader();
            var handle = (MethodDefinitionHandle)MetadataTokens.Handle(method.MetadataToken);
            var info = reader.GetMethodDebugInformation(handle.ToDebugInformationHandle());
            foreach (var point in info.GetSequencePoints())
            {
                if (!point.IsHidden && !point.Document.IsNil)
                {
                    var file = reader.GetString(reader.GetDocument(point.Document).Name);
                    return new SourcePosition(file, point.StartLine, point.StartColumn);
                }
            }
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            // Symbols that do not match the assembly: no location.
        }
        return null;
    }

    public void Dispose()
    {
        _provider?.Dispose();
        _peReader?.Dispose();
    }
}
