using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace TokenMint.Http;

/// <summary>
/// The log entries <see cref="RetryHandler"/> writes. They name the method, the URL without its query, the status, the attempt and
/// the delay; never a header value or a body, which could carry a credential or a minted token.
/// </summary>
internal static class RetryLog
{
    // Each entry checks IsEnabled first, so with logging off (the default) a call builds no URL string and never parses a template.
    public static void AttemptSending(ILogger logger, HttpRequestMessage request, int attempt, int maxAttempts)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            Messages.Sending(logger, Method(request), Url(request), attempt, maxAttempts, null);
    }

    // Elapsed time is read from the clock only for an entry that is written.
    public static void AttemptResponded(ILogger logger, HttpRequestMessage request, int status, TimeProvider time, long started, int attempt)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            Messages.Responded(logger, Method(request), Url(request), status, Milliseconds(time.GetElapsedTime(started)), attempt, null);
    }

    // The exception's type names the failure; its message is left out, as a handler's message may quote what it received.
    public static void AttemptFailed(ILogger logger, HttpRequestMessage request, string failure, TimeProvider time, long started, int attempt)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            Messages.Failed(logger, Method(request), Url(request), failure, Milliseconds(time.GetElapsedTime(started)), attempt, null);
    }

    public static void RetryScheduled(ILogger logger, HttpRequestMessage request, string reason, TimeSpan delay, int nextAttempt)
    {
        if (logger.IsEnabled(LogLevel.Information))
            Messages.Retrying(logger, Method(request), Url(request), reason, Milliseconds(delay), nextAttempt, null);
    }

    public static void RetryDeclined(ILogger logger, HttpRequestMessage request, string reason, string why)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            Messages.NotRetrying(logger, Method(request), Url(request), reason, why, null);
    }

    private static string Method(HttpRequestMessage request) => request.Method.Method;

    // Scheme, host, port and path: no user info and no query, either of which could carry a secret.
    internal static string Url(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri
            ? uri.Scheme + "://" + uri.Authority + uri.AbsolutePath
            : (request.RequestUri?.OriginalString ?? string.Empty).Split('?')[0];

    private static long Milliseconds(TimeSpan value) => (long)Math.Round(value.TotalMilliseconds);

    // Defined on the first enabled entry, not at the first request: the explicit static constructor keeps the runtime from initializing early.
    private static class Messages
    {
        public static readonly Action<ILogger, string, string, int, int, Exception?> Sending = LoggerMessage.Define<string, string, int, int>(
            LogLevel.Debug, new EventId(1, "AttemptSending"), "Sending {Method} {Url} (attempt {Attempt} of {MaxAttempts})");

        public static readonly Action<ILogger, string, string, int, long, int, Exception?> Responded = LoggerMessage.Define<string, string, int, long, int>(
            LogLevel.Debug, new EventId(2, "AttemptResponded"), "{Method} {Url} responded {StatusCode} in {ElapsedMs} ms (attempt {Attempt})");

        public static readonly Action<ILogger, string, string, string, long, int, Exception?> Failed = LoggerMessage.Define<string, string, string, long, int>(
            LogLevel.Debug, new EventId(3, "AttemptFailed"), "{Method} {Url} failed with {Failure} after {ElapsedMs} ms (attempt {Attempt})");

        public static readonly Action<ILogger, string, string, string, long, int, Exception?> Retrying = LoggerMessage.Define<string, string, string, long, int>(
            LogLevel.Information, new EventId(4, "RetryScheduled"), "Retrying {Method} {Url} after {Reason} in {DelayMs} ms (attempt {Attempt})");

        public static readonly Action<ILogger, string, string, string, string, Exception?> NotRetrying = LoggerMessage.Define<string, string, string, string>(
            LogLevel.Debug, new EventId(5, "RetryDeclined"), "Not retrying {Method} {Url} after {Reason}: {Why}");

        static Messages()
        {
        }
    }
}
