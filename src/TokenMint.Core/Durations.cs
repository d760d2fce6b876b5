using System;
using System.Globalization;

namespace TokenMint;

/// <summary>Formats a duration for a message: "250 ms", "1.5 s", "2 min".</summary>
internal static class Durations
{
    public static string Format(TimeSpan value)
    {
        if (value == System.Threading.Timeout.InfiniteTimeSpan)
            return "infinite";
        if (value < TimeSpan.FromSeconds(1))
            return ((long)Math.Round(value.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + " ms";
        if (value < TimeSpan.FromMinutes(2))
            return Math.Round(value.TotalSeconds, 3).ToString(CultureInfo.InvariantCulture) + " s";
        return Math.Round(value.TotalMinutes, 2).ToString(CultureInfo.InvariantCulture) + " min";
    }
}
