using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Telemetry;

namespace TokenMint.Http;

/// <summary>
/// Retries transient failures with back-off, enforces the per-attempt and overall timeouts, numbers each attempt
/// (<see cref="TokenMintHeaders.RetryCount"/>) and logs attempts and retry decisions. An operation that may create a
/// duplicate (<see cref="RetrySafety.Unsafe"/>) is retried only when its request cannot have been processed, unless it
/// carries an idempotency key. The HttpClient a client's options-only constructor creates includes it; add it to your
/// own HttpClient with <c>new RetryHandler(options)</c>.
/// </summary>
public sealed class RetryHandler : DelegatingHandler
{
    private const string OverallWouldPass = "the overall timeout would pass before the retry";

    private readonly ResilienceSettings _settings;

    /// <summary>Creates the handler from a client's options (read once, now); set <see cref="DelegatingHandler.InnerHandler"/> or let IHttpClientFactory do it.</summary>
    public RetryHandler(ClientOptions options)
    {
        _settings = ResilienceSettings.From(options);
    }

    internal RetryHandler(ResilienceSettings settings, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _settings = settings;
    }

    /// <inheritdoc />
    // The attempt runs inline rather than in its own async method: over sockets every awaited layer costs a continuation.
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
            throw new ArgumentNullException(nameof(request));
        cancellationToken.ThrowIfCancellationRequested();
        var settings = _settings;
        var call = new Call(request, settings, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            // Looked up per attempt rather than kept: a field would grow every call's state, observed or not.
            OperationCall.Of(request)?.AttemptStarting(attempt);
            request.Headers.Remove(TokenMintHeaders.RetryCount);
            request.Headers.TryAddWithoutValidation(TokenMintHeaders.RetryCount, (attempt - 1).ToString(CultureInfo.InvariantCulture));
            RetryLog.AttemptSending(settings.Logger, request, attempt, call.MaxAttempts);
            // The first attempt starts with the call: one clock read fewer on the path every call takes.
            var started = attempt == 1 ? call.Started : settings.TimeProvider.GetTimestamp();
            Retry retry;
            using (var deadline = AttemptDeadline.Start(call, attempt))
            {
                HttpResponseMessage? response = null;
                try
                {
                    response = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    RetryLog.AttemptResponded(settings.Logger, request, status, settings.TimeProvider, started, attempt);
                    var again = RetryRules.IsRetryableStatus(status)
                        ? await RetryAfterStatusAsync(call, response, attempt, deadline.Token).ConfigureAwait(false)
                        : null;
                    if (again is null)
                    {
                        await ResponseBuffer.LoadAsync(response, settings.MaxResponseSize, deadline.Token).ConfigureAwait(false);
                        return response;
                    }
                    response.Dispose();
                    retry = again.Value;
                }
                catch (Exception error) when (error is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException)
                {
                    response?.Dispose();
                    retry = AfterFailure(call, attempt, deadline, error, started);
                }
                catch
                {
                    response?.Dispose();
                    throw;
                }
            }
            await WaitAsync(call, retry, attempt).ConfigureAwait(false);
        }
    }

    // A retryable status: the retry to make, or null when the response is the answer (the call cannot repeat, or time is short).
    private async Task<Retry?> RetryAfterStatusAsync(Call call, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var reason = "HTTP " + status.ToString(CultureInfo.InvariantCulture);
        var why = RetryRules.WhyNot(attempt, call.MaxAttempts, call.CanRepeat, beforeSend: status == 429);
        if (why is null)
        {
            var delay = await DelayForResponseAsync(call, response, attempt, cancellationToken).ConfigureAwait(false);
            if (delay < call.Remaining())
                return new Retry(reason, delay);
            why = OverallWouldPass;
        }
        RetryLog.RetryDeclined(_settings.Logger, call.Request, reason, why);
        return null;
    }

    // A transport failure or timeout: the retry to make, or throws the exception that ends the call.
    private Retry AfterFailure(Call call, int attempt, AttemptDeadline deadline, Exception error, long started)
    {
        var settings = _settings;
        if (call.CallerToken.IsCancellationRequested)
            throw Canceled(error, call.CallerToken);
        if (deadline.Passed == TimeoutLimit.Overall)
            throw new RequestTimeoutException(TimeoutLimit.Overall, settings.OverallTimeout, attempt, error);
        var timedOut = deadline.Passed == TimeoutLimit.Attempt;
        // Not ours to retry: a cancellation that is neither the caller's nor a timeout, or a connection that can never succeed.
        if (!timedOut && (error is OperationCanceledException or ObjectDisposedException || (error is HttpRequestException http && ConnectionFailure.IsPermanent(http))))
            ExceptionDispatchInfo.Capture(error).Throw();
        var failure = timedOut ? new RequestTimeoutException(TimeoutLimit.Attempt, settings.AttemptTimeout, attempt, error) : error;

        var failed = Describe(failure);
        RetryLog.AttemptFailed(settings.Logger, call.Request, failed, settings.TimeProvider, started, attempt);
        var beforeSend = failure is HttpRequestException connection && ConnectionFailure.IsBeforeSend(connection);
        var declined = failure is HttpRequestException local && ConnectionFailure.IsLocal(local)
            ? "the request failed as it was written (an invalid header or content), which another attempt would repeat"
            : RetryRules.WhyNot(attempt, call.MaxAttempts, call.CanRepeat, beforeSend);
        var backoff = RetryDelay.Backoff(attempt, settings.InitialRetryDelay, settings.MaxRetryDelay);
        if (declined is null && backoff >= call.Remaining())
            declined = OverallWouldPass;
        if (declined is null)
            return new Retry(failed, backoff);
        RetryLog.RetryDeclined(settings.Logger, call.Request, failed, declined);
        ExceptionDispatchInfo.Capture(failure).Throw();
        throw failure; // not reached: Throw() does not return
    }

    // The server's Retry-After when it asks for a positive wait within MaxRetryAfter; back-off when it asks for none (absent,
    // zero, negative, unreadable, a past date); a longer Retry-After, however large, ends the call at once.
    private async Task<TimeSpan> DelayForResponseAsync(Call call, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        var settings = _settings;
        var asked = RetryDelay.FromServer(response, settings.TimeProvider.GetUtcNow());
        if (asked is null)
            return RetryDelay.Backoff(attempt, settings.InitialRetryDelay, settings.MaxRetryDelay);
        if (asked.Value <= settings.MaxRetryAfter)
            return asked.Value;
        RetryLog.RetryDeclined(settings.Logger, call.Request, "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
            $"the server asked to wait {Durations.Format(asked.Value)}, longer than MaxRetryAfter ({Durations.Format(settings.MaxRetryAfter)})");
        await ResponseBuffer.LoadAsync(response, settings.MaxResponseSize, cancellationToken).ConfigureAwait(false);
        var body = response.Content is null ? null : await HttpContentReads.ReadAsStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
        // The headers carry the credentials the request was sent with, so the exception masks them in what it keeps.
        throw new RetryAfterTooLongException(asked.Value, settings.MaxRetryAfter, (int)response.StatusCode, body,
            new LazyResponseHeaders(response, SentCredentials.Of(call.Request)));
    }

    // Waits are shorter than the overall time left (checked before scheduling), so only the caller can end one.
    private async Task WaitAsync(Call call, Retry retry, int attempts)
    {
        // The timer starts before the entry is written, so a test that advances a fake clock on seeing the entry cannot miss it.
        var wait = Clock.Delay(_settings.TimeProvider, retry.Delay, call.CallerToken);
        RetryLog.RetryScheduled(_settings.Logger, call.Request, retry.Reason, retry.Delay, attempts + 1);
        try
        {
            await wait.ConfigureAwait(false);
        }
        catch (OperationCanceledException error)
        {
            throw Canceled(error, call.CallerToken);
        }
    }

    private static OperationCanceledException Canceled(Exception error, CancellationToken callerToken) =>
        error is OperationCanceledException canceled && canceled.CancellationToken == callerToken
            ? canceled
            : new OperationCanceledException("The call was canceled by the caller.", error, callerToken);

    private static string Describe(Exception failure) => failure switch
    {
        RequestTimeoutException => "attempt timeout",
#if NET8_0_OR_GREATER
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => $"{nameof(HttpRequestException)} ({http.HttpRequestError})",
#endif
        _ => failure.GetType().Name,
    };

    // What one call through the handler knows across its attempts.
    private sealed class Call
    {
        private bool? _canRepeat;

        public Call(HttpRequestMessage request, ResilienceSettings settings, CancellationToken callerToken)
        {
            Settings = settings;
            Started = settings.TimeProvider.GetTimestamp();
            Request = request;
            MaxAttempts = settings.MaxRetries + 1;
            CallerToken = callerToken;
        }

        public ResilienceSettings Settings { get; }

        public long Started { get; }

        public HttpRequestMessage Request { get; }

        // Asked only when a retry is considered, which most calls never reach.
        public bool CanRepeat => _canRepeat ??= RequestPolicy.CanRepeat(Request);

        public int MaxAttempts { get; }

        public CancellationToken CallerToken { get; }

        public TimeSpan Remaining(bool atStart = false) => Settings.OverallTimeout == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue
            : atStart ? Settings.OverallTimeout
            : Settings.OverallTimeout - Settings.TimeProvider.GetElapsedTime(Started);
    }

    // One timer per attempt, armed for whichever of the attempt timeout and the overall time left is shorter, and tied to the
    // caller's token by a registration rather than linked sources: a call costs one timer, not four token sources and two timers.
    private sealed class AttemptDeadline : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly TimeoutLimit _limit;
        private readonly CancellationToken _callerToken;
        private CancellationTokenRegistration _caller;

        private AttemptDeadline(CancellationTokenSource source, TimeoutLimit limit, CancellationToken callerToken)
        {
            _source = source;
            _limit = limit;
            _callerToken = callerToken;
        }

        public CancellationToken Token => _source.Token;

        /// <summary>The limit whose timer fired, or null while none has (a cancellation by the caller is not a timeout).</summary>
        public TimeoutLimit? Passed => _source.IsCancellationRequested && !_callerToken.IsCancellationRequested ? _limit : null;

        /// <exception cref="RequestTimeoutException">No time is left for another attempt.</exception>
        public static AttemptDeadline Start(Call call, int attempt)
        {
            var settings = call.Settings;
            // At the first attempt no time has passed worth a clock read: the whole overall timeout is left.
            var remaining = attempt == 1 ? call.Remaining(atStart: true) : call.Remaining();
            if (remaining <= TimeSpan.Zero)
                throw new RequestTimeoutException(TimeoutLimit.Overall, settings.OverallTimeout, attempt - 1);
            var perAttempt = settings.AttemptTimeout == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : settings.AttemptTimeout;
            var (delay, limit) = remaining < perAttempt ? (remaining, TimeoutLimit.Overall) : (perAttempt, TimeoutLimit.Attempt);
            var deadline = new AttemptDeadline(Clock.CancelAfter(settings.TimeProvider, delay == TimeSpan.MaxValue ? Timeout.InfiniteTimeSpan : delay), limit, call.CallerToken);
            if (call.CallerToken.CanBeCanceled)
                deadline._caller = Register(deadline._source, call.CallerToken);
            return deadline;
        }

        // The registration goes first: it waits for a callback in flight, which then never touches a disposed source.
        public void Dispose()
        {
            _caller.Dispose();
            _source.Dispose();
        }

        private static CancellationTokenRegistration Register(CancellationTokenSource source, CancellationToken token) =>
#if NET8_0_OR_GREATER
            token.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
#else
            token.Register(static state => ((CancellationTokenSource)state!).Cancel(), source);
#endif
    }

    // Why the next attempt is made, and after how long.
    private readonly struct Retry(string reason, TimeSpan delay)
    {
        public string Reason { get; } = reason;

        public TimeSpan Delay { get; } = delay;
    }
}
