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
    private const string RetryAfter = "Retry-After";

    // (double)long.MaxValue rounds up to 2^63; anything at or above it does not fit in a TimeSpan's ticks.
    private const double MaxTicks = long.MaxValue;

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
    /// The wait the server asks for: retry-after-ms (milliseconds) when it is a number, else Retry-After in seconds or as an
    /// HTTP date. Null — use the computed back-off, as Stainless SDKs do — when the server sends neither, or asks for no wait:
    /// zero, a negative number, something unreadable, a date that is not in the future. A wait too long for a TimeSpan is
    /// <see cref="TimeSpan.MaxValue"/>, so that it fails as too long instead of passing for absent.
    /// </summary>
    public static TimeSpan? FromServer(HttpResponseMessage response, DateTimeOffset now)
    {
        if (TryNumber(response, RetryAfterMs, out var milliseconds))
            return Positive(milliseconds, TimeSpan.TicksPerMillisecond);
        // Parsed here, not through response.Headers.RetryAfter: its delta-seconds is an int, so a larger value reads as absent.
        if (TryNumber(response, RetryAfter, out var seconds))
            return Positive(seconds, TimeSpan.TicksPerSecond);
        var date = response.Headers.RetryAfter?.Date;
        return date > now ? date.Value - now : null;
    }

    private static bool TryNumber(HttpResponseMessage response, string header, out double value)
    {
        value = 0;
        return response.Headers.TryGetValues(header, out var values)
               && values.FirstOrDefault() is { } text
               && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
               && !double.IsNaN(value);
    }

    // Saturating: a count of units beyond TimeSpan's range is TimeSpan.MaxValue, not an overflow.
    private static TimeSpan? Positive(double count, long ticksPerUnit)
    {
        if (count <= 0)
            return null;
        var ticks = count * ticksPerUnit;
        return ticks >= MaxTicks ? TimeSpan.MaxValue : TimeSpan.FromTicks(Math.Max(1, (long)ticks));
    }
}
