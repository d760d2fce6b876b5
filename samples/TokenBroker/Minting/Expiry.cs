using System.Globalization;

namespace TokenBroker.Minting;

/// <summary>
/// Reads a vendor's expiry without trusting it. A value that is no date (out of DateTimeOffset's range, or text that does not
/// parse) leaves the token without an expiry and logs a warning: the token itself is good, and the vendor's documented lifetime
/// still applies, so the user gets it rather than an error about metadata.
/// </summary>
internal static class Expiry
{
    private static readonly long Earliest = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long Latest = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>Milliseconds since the Unix epoch (Oneloop's expiresAt).</summary>
    public static DateTimeOffset? FromUnixMilliseconds(long milliseconds, string vendor, ILogger logger)
    {
        if (milliseconds >= Earliest && milliseconds <= Latest)
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return Unusable(vendor, logger);
    }

    /// <summary>A date as text (Decart's expiresAt, ISO 8601); without an offset it is UTC.</summary>
    public static DateTimeOffset? FromText(string? text, string vendor, ILogger logger) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : Unusable(vendor, logger);

    private static DateTimeOffset? Unusable(string vendor, ILogger logger)
    {
        // The value is not logged: it is vendor data of unknown shape, and the warning is enough to go and look.
        logger.LogWarning("{Vendor} sent an expiry that is not a date; the token is passed on without one", vendor);
        return null;
    }
}
