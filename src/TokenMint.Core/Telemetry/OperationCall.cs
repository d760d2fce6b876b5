using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using TokenMint.Http;

namespace TokenMint.Telemetry;

/// <summary>
/// One call of an operation, as far as anyone asked to see it: its Activity and duration when someone listens (see
/// <see cref="ClientTelemetry"/>), its final response's status and headers when the caller asked for them (the
/// XxxWithResponseAsync methods). A call nobody observes has none: the generated code passes null, and pays nothing.
/// </summary>
/// <remarks>
/// The generated method starts it before building the request and ends it when the method ends, so the Activity is current while
/// HttpClient and <see cref="RetryHandler"/> send every attempt (their per-attempt activities are its children). RetryHandler
/// finds it in the request's properties to report attempts and retries. Nothing taken from a request or a response but its
/// status code goes into a tag: no header value, body, credential or token.
/// </remarks>
internal sealed class OperationCall
{
    private const string RequestKey = "TokenMint.OperationCall";

    private ClientOperation? _operation;
    private Activity? _activity;
    private long _started;
    private string? _errorType;

    private OperationCall(bool capturesResponse)
    {
        CapturesResponse = capturesResponse;
    }

    /// <summary>Whether the caller asked for the response (status code, headers): XxxWithResponseAsync.</summary>
    public bool CapturesResponse { get; }

    /// <summary>The final response's status code; 0 until a response arrives.</summary>
    public int StatusCode { get; private set; }

    /// <summary>The final response's headers, kept (not copied) when <see cref="CapturesResponse"/>.</summary>
    public HttpResponseHeaders? ResponseHeaders { get; private set; }

    /// <summary>
    /// The final response's content headers, copied when <see cref="CapturesResponse"/>: <see cref="HttpContentHeaders"/> refers to
    /// its content, so keeping them would keep the body alive.
    /// </summary>
    public KeyValuePair<string, IEnumerable<string>>[] ContentHeaders { get; private set; } = [];

    /// <summary>Attempts sent: 1 once the request is handed to HttpClient, then whatever RetryHandler counts.</summary>
    public int Attempts { get; private set; }

    private bool Observed => _operation is not null;

    /// <summary>A call whose response the caller wants to see.</summary>
    public static OperationCall ForResponse() => new(capturesResponse: true);

    /// <summary>
    /// Starts observing a call of <paramref name="operation"/>: <paramref name="call"/> (the caller asked for the response), or a
    /// new call when someone listens, or null (no allocation) when nobody does and the caller asked for nothing.
    /// </summary>
    public static OperationCall? Start(ClientOperation operation, OperationCall? call)
    {
        if (!ClientTelemetry.Listening)
            return call;
        call ??= new OperationCall(capturesResponse: false);
        call._operation = operation;
        call._started = Stopwatch.GetTimestamp();
        // No parent context given: Activity.Current (the caller's span, if any) is the parent.
        call._activity = ClientTelemetry.Source.StartActivity(operation.ActivityName, ActivityKind.Internal, default(ActivityContext), operation.StartTags);
        return call;
    }

    /// <summary>The call a TokenMint client stamped on <paramref name="request"/>, if someone observes it.</summary>
    public static OperationCall? Of(HttpRequestMessage request) =>
        RequestProperties.TryGet<OperationCall>(request, RequestKey, out var call) ? call : null;

    /// <summary>The request is about to go to HttpClient: RetryHandler, if there is one, will find the call on it.</summary>
    public void Sending(HttpRequestMessage request)
    {
        if (!Observed)
            return;
        Attempts = 1;
        RequestProperties.Set(request, RequestKey, this);
    }

    /// <summary>RetryHandler starts attempt number <paramref name="attempt"/> (from 1); each after the first is a retry.</summary>
    public void AttemptStarting(int attempt)
    {
        Attempts = attempt;
        var operation = _operation;
        if (attempt > 1 && operation is not null && ClientTelemetry.Retries.Enabled)
            ClientTelemetry.Retries.Add(1, operation.Vendor, operation.Operation);
    }

    /// <summary>The final response arrived (the generated code reads it next).</summary>
    public void Responded(HttpResponseMessage response)
    {
        StatusCode = (int)response.StatusCode;
        if (!CapturesResponse)
            return;
        ResponseHeaders = response.Headers;
        ContentHeaders = response.Content is { } content ? [.. content.Headers] : [];
    }

    /// <summary>
    /// The call ends with <paramref name="error"/>. error.type is the status code for an HTTP error (an <see cref="ApiException"/>
    /// with a 4xx or 5xx status, which RetryHandler may throw before the generated code saw the response), otherwise the
    /// exception's type: never its message, which may quote the response.
    /// </summary>
    public void Failed(Exception error)
    {
        if (!Observed)
            return;
        if (error is ApiException { StatusCode: >= 400 } api)
        {
            StatusCode = api.StatusCode;
            _errorType = api.StatusCode.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            _errorType = error.GetType().FullName;
        }
    }

    /// <summary>
    /// The call is over: the Activity gets its final tags, the duration is recorded while the Activity is still current (so an
    /// exemplar points at the operation's span), and the Activity stops.
    /// </summary>
    public void End()
    {
        var operation = _operation;
        if (operation is null)
            return;
        var seconds = (Stopwatch.GetTimestamp() - _started) / (double)Stopwatch.Frequency;
        var activity = _activity;
        if (activity is not null)
        {
            if (StatusCode != 0)
                activity.SetTag(ClientTelemetry.StatusCodeTag, StatusCode);
            activity.SetTag(ClientTelemetry.AttemptsTag, Attempts);
            if (_errorType is not null)
            {
                activity.SetTag(ClientTelemetry.ErrorTypeTag, _errorType);
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
        RecordDuration(operation, seconds);
        activity?.Dispose();
    }

    private void RecordDuration(ClientOperation operation, double seconds)
    {
        if (!ClientTelemetry.Duration.Enabled)
            return;
        if (_errorType is null)
            ClientTelemetry.Duration.Record(seconds, operation.Vendor, operation.Operation);
        else
            ClientTelemetry.Duration.Record(seconds, operation.Vendor, operation.Operation, new(ClientTelemetry.ErrorTypeTag, _errorType));
    }
}
