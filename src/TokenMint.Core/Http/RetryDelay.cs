using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace TokenMint.Http;

/// <summary>How long to wait before a retry: the server's Retry-After when it sends one, else exponential back-off with jitter.</summary>
internal static class RetryDelay
{
    private const string RetryAfterMs = "retry-after-ms";

#if NET8_0_OR_GREATER
    private static double NextJitter() => Random.Shared.NextDouble();
#else
    private static readonly ThreadLocal<Random> Jitter = new(() => new Random(Guid.NewGuid().GetHashCode()));

    private static double NextJitter() => Jitter.Value!.NextDouble();
#endif

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first): <paramref name="initial"/> doubled per retry,
    /// capped at <paramref name="max"/>, then reduced by up to 25 % at random so clients that failed together do not retry together.
    /// </summary>
    public static TimeSpan Backoff(int retry, TimeSpan initial, TimeSpan max) => Backoff(retry, initial, max, NextJitter());

    /// <summary>As <see cref="Backoff(int, TimeSpan, TimeSpan)"/>, with the random draw (0 to 1) given.</summary>
    public static TimeSpan Backoff(int retry, TimeSpan initial, TimeSpan max, double jitter)
    {
        var doubled = initial.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        var capped = Math.Min(doubled, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 - (0.25 * jitter)));
    }

    /// <summary>
    /// The wait the server asks for: retry-after-ms (milliseconds), else Retry-After in seconds or as an HTTP date;
    /// null when it sends neither, or nothing readable. A date in the past means no wait.
    /// </summary>
    public static TimeSpan? FromServer(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues(RetryAfterMs, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0 && !double.IsInfinity(milliseconds))
            return TimeSpan.FromMilliseconds(Math.Min(milliseconds, TimeSpan.MaxValue.TotalMilliseconds / 2));
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter?.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
