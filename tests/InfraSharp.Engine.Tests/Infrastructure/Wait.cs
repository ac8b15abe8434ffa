using System.Diagnostics;

namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>Bounded polling: every wait in the engine tests ends, with a message saying what did not happen.</summary>
public static class Wait
{
    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes (then throws).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();   // monotonic: the sandbox's wall clock has been seen to jump
        while (true)
        {
            if (await condition())
            {
                return;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(500));
        }
    }
}
