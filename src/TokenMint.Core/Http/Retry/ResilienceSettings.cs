using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TokenMint.Validation;

namespace TokenMint.Http;

/// <summary>A checked copy of a client's retry, timeout and logging options, taken once so later changes to the options have no effect.</summary>
internal sealed class ResilienceSettings
{
    private ResilienceSettings(ClientOptions options)
    {
        // The same rules DI checks at start, so both report every bad setting at once.
        ClientOptionsRules.ThrowIfInvalid(options);
        MaxRetries = options.MaxRetries;
        InitialRetryDelay = options.InitialRetryDelay;
        MaxRetryDelay = options.MaxRetryDelay;
        MaxRetryAfter = options.MaxRetryAfter;
        AttemptTimeout = NoLongerThanATimer(options.AttemptTimeout);
        OverallTimeout = NoLongerThanATimer(options.OverallTimeout);
        MaxResponseSize = options.MaxResponseSize;
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        Logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(RetryHandler).FullName!);
    }

    public int MaxRetries { get; }

    public TimeSpan InitialRetryDelay { get; }

    public TimeSpan MaxRetryDelay { get; }

    public TimeSpan MaxRetryAfter { get; }

    public TimeSpan AttemptTimeout { get; }

    public TimeSpan OverallTimeout { get; }

    public long MaxResponseSize { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public static ResilienceSettings From(ClientOptions options) =>
        new(options ?? throw new ArgumentNullException(nameof(options)));

    // Timers cannot wait longer than int.MaxValue ms (about 24 days); a longer limit is no limit.
    private static TimeSpan NoLongerThanATimer(TimeSpan value) =>
        value > TimeSpan.FromMilliseconds(int.MaxValue) ? Timeout.InfiniteTimeSpan : value;
}
