using System;
using Microsoft.Extensions.Logging;

namespace TokenMint;

/// <summary>Settings every TokenMint client shares; each vendor's options class adds its credentials.</summary>
/// <remarks>
/// The retry, timeout and logging settings apply to the HttpClient that a client's options-only constructor creates
/// (or to a <see cref="Http.RetryHandler"/> you add to your own HttpClient). They are read once, when the client is created.
/// </remarks>
public abstract class ClientOptions
{
    // Only the vendor packages derive options: each client resolves its own class's credentials.
    private protected ClientOptions()
    {
    }

    /// <summary>
    /// Overrides the vendor's base URL, for a proxy or a local mock. Must be HTTPS unless it is a loopback address, and must not
    /// hold user info (<c>https://user:password@host</c>): that is refused, and never shown in messages or ToString.
    /// </summary>
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// How many times a failed request is retried (default 2, so at most 3 attempts). 0 turns retries off,
    /// for callers who bring their own resilience, such as AddStandardResilienceHandler.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry (default 0.5 s); it doubles for each further retry, less up to 25 % jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest computed wait between attempts (default 8 s). A server's Retry-After is bounded by <see cref="MaxRetryAfter"/> instead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The longest Retry-After (or retry-after-ms) the client waits for (default 60 s). When the server asks for longer,
    /// the call fails at once with <see cref="RetryAfterTooLongException"/>, which says how long the server asked for.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long one attempt may take, from sending the request to the last byte of the response (default 30 s).
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a call may take in all, attempts and waits between them included (default 2 min).
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest response body the client reads, in bytes (default 1 MiB); a larger one fails the call unread.</summary>
    public long MaxResponseSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Receives a log entry for each attempt and each retry decision: method, URL without query, status, attempt and delay.
    /// Never a header value or a body. Default: no logging.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for timeouts and retry waits; tests pass a FakeTimeProvider. Default: <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Where requests go and which credential headers they carry, as the vendor's options say: read by the client's constructor
    /// and by dependency injection's start validation. Throws <see cref="MissingCredentialException"/>,
    /// <see cref="InvalidCredentialException"/> or <see cref="ArgumentException"/> (BaseUri) naming the option, never a value.
    /// </summary>
    internal abstract Http.ClientSettings Resolve();
}
