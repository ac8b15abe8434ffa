using System.Runtime.ExceptionServices;

namespace InfraSharp.Emit.Host;

/// <summary>
/// Feeds emitted files to the host's <see cref="ManifestTransaction"/> (none in validate mode). A failure to stage
/// a file is an output problem, not the stack's: it is kept and reported once as ISH5003 after every stack ran,
/// rather than as a failure of the stack that happened to be emitting.
/// </summary>
internal sealed class StagingSink
{
    private readonly ManifestTransaction? _transaction;
    private ExceptionDispatchInfo? _failure;

    public StagingSink(ManifestTransaction? transaction) => _transaction = transaction;

    public void AddStack(string stack)
    {
        if (_transaction is not null && _failure is null)
        {
            Guard(() => _transaction.AddStack(stack));
        }
    }

    public void Add(string stack, EmittedFile file)
    {
        if (_transaction is not null && _failure is null)
        {
            Guard(() => _transaction.Add(stack, file));
        }
    }

    /// <summary>Rethrows the first staging failure, if any.</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    private void Guard(Action stage)
    {
        try
        {
            stage();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
    }
}
