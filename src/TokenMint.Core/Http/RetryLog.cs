using System;
using Microsoft.Extensions.Logging;

namespace TokenMint.Http;

/// <summary>
/// The log entries <see cref="RetryHandler"/> writes. They name the method, the URL without its query, the status, the attempt and
/// the delay; never a header value or a body, which could carry a credential or a minted token.
/// </summary>
internal static class RetryLog
{
    private static readonly Action<ILogger, string, string, int, int, Exception?> Sending = LoggerMessage.Define<string, string, int, int>(
        LogLevel.Debug, new EventId(1, "AttemptSending"), "Sending {Method} {Url} (attempt {Attempt} of {MaxAttempts})");

    private static readonly Action<ILogger, string, string, int, long, int, Exception?> Responded = LoggerMessage.Define<string, string, int, long, int>(
        LogLevel.Debug, new EventId(2, "AttemptResponded"), "{Method} {Url} responded {StatusCode} in {ElapsedMs} ms (attempt {Attempt})");

    private static readonly Action<ILogger, string, string, string, long, int, Exception?> Failed = LoggerMessage.Define<string, string, string, long, int>(
        LogLevel.Debug, new EventId(3, "AttemptFailed"), "{Method} {Url} failed with {Failure} after {ElapsedMs} ms (attempt {Attempt})");

    private static readonly Action<ILogger, string, string, string, long, int, Exception?> Retrying = LoggerMessage.Define<string, string, string, long, int>(
        LogLevel.Information, new EventId(4, "RetryScheduled"), "Retrying {Method} {Url} after {Reason} in {DelayMs} ms (attempt {Attempt})");

    private static readonly Action<ILogger, string, string, string, string, Exception?> NotRetrying = LoggerMessage.Define<string, string, string, string>(
        LogLevel.Debug, new EventId(5, "RetryDeclined"), "Not retrying {Method} {Url} after {Reason}: {Why}");

    public static void AttemptSending(ILogger logger, RequestInfo request, int attempt, int maxAttempts) =>
        Sending(logger, request.Method, request.Url, attempt, maxAttempts, null);

    public static void AttemptResponded(ILogger logger, RequestInfo request, int status, TimeSpan elapsed, int attempt) =>
        Responded(logger, request.Method, request.Url, status, Milliseconds(elapsed), attempt, null);

    // The exception's type names the failure; its message is left out, as a handler's message may quote what it received.
    public static void AttemptFailed(ILogger logger, RequestInfo request, string failure, TimeSpan elapsed, int attempt) =>
        Failed(logger, request.Method, request.Url, failure, Milliseconds(elapsed), attempt, null);

    public static void RetryScheduled(ILogger logger, RequestInfo request, string reason, TimeSpan delay, int nextAttempt) =>
        Retrying(logger, request.Method, request.Url, reason, Milliseconds(delay), nextAttempt, null);

    public static void RetryDeclined(ILogger logger, RequestInfo request, string reason, string why) =>
        NotRetrying(logger, request.Method, request.Url, reason, why, null);

    private static long Milliseconds(TimeSpan value) => (long)Math.Round(value.TotalMilliseconds);
}

/// <summary>What a log entry says about a request: its method and its URL without the query string.</summary>
internal readonly struct RequestInfo
{
    public RequestInfo(System.Net.Http.HttpRequestMessage request)
    {
        Method = request.Method.Method;
        // Scheme, host, port and path: no user info and no query, either of which could carry a secret.
        Url = request.RequestUri is { IsAbsoluteUri: true } uri
            ? uri.Scheme + "://" + uri.Authority + uri.AbsolutePath
            : (request.RequestUri?.OriginalString ?? string.Empty).Split('?')[0];
    }

    public string Method { get; }

    public string Url { get; }
}
