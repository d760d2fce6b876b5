using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TokenMint.Http;

/// <summary>A checked copy of a client's retry, timeout and logging options, taken once so later changes to the options have no effect.</summary>
internal sealed class ResilienceSettings
{
    private ResilienceSettings(ClientOptions options)
    {
        var owner = options.GetType().Name;
        MaxRetries = options.MaxRetries >= 0 ? options.MaxRetries : throw OutOfRange(owner, nameof(ClientOptions.MaxRetries), options.MaxRetries, "0 or more");
        InitialRetryDelay = NonNegative(owner, nameof(ClientOptions.InitialRetryDelay), options.InitialRetryDelay);
        MaxRetryDelay = NonNegative(owner, nameof(ClientOptions.MaxRetryDelay), options.MaxRetryDelay);
        MaxRetryAfter = NonNegative(owner, nameof(ClientOptions.MaxRetryAfter), options.MaxRetryAfter);
        AttemptTimeout = PositiveOrInfinite(owner, nameof(ClientOptions.AttemptTimeout), options.AttemptTimeout);
        OverallTimeout = PositiveOrInfinite(owner, nameof(ClientOptions.OverallTimeout), options.OverallTimeout);
        MaxResponseSize = options.MaxResponseSize > 0 ? options.MaxResponseSize : throw OutOfRange(owner, nameof(ClientOptions.MaxResponseSize), options.MaxResponseSize, "greater than 0");
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

    private static TimeSpan NonNegative(string owner, string name, TimeSpan value) =>
        value >= TimeSpan.Zero ? value : throw OutOfRange(owner, name, value, "zero or more");

    // Timers cannot wait longer than int.MaxValue ms (about 24 days); a longer limit is no limit.
    private static TimeSpan PositiveOrInfinite(string owner, string name, TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan || value > TimeSpan.FromMilliseconds(int.MaxValue) ? Timeout.InfiniteTimeSpan
        : value > TimeSpan.Zero ? value
        : throw OutOfRange(owner, name, value, "greater than zero, or Timeout.InfiniteTimeSpan");

    private static ArgumentOutOfRangeException OutOfRange(string owner, string name, object value, string expected) =>
        new($"{owner}.{name}", value, $"{owner}.{name} must be {expected}.");
}
