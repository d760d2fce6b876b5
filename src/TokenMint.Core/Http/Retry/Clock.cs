using System;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.Http;

/// <summary>Timers and waits on a <see cref="TimeProvider"/>, so tests can drive them with a fake clock; one API on every target framework.</summary>
internal static class Clock
{
    /// <summary>A source that cancels after <paramref name="delay"/>, or never for an infinite delay.</summary>
    public static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay)
    {
        if (delay == Timeout.InfiniteTimeSpan)
            return new CancellationTokenSource();
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(delay, time);
#else
        return time.CreateCancellationTokenSource(delay);
#endif
    }

    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        return Task.Delay(delay, time, cancellationToken);
#else
        return time.Delay(delay, cancellationToken);
#endif
    }
}
