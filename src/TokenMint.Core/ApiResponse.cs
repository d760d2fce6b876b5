using System;
using System.Collections.Generic;
using TokenMint.Http;

namespace TokenMint;

/// <summary>
/// The HTTP response an operation's success came in: what the XxxWithResponseAsync method of an operation with no result (such
/// as a 204 No Content) returns, and the base of <see cref="ApiResponse{T}"/>, for a vendor's request id (the thing their support
/// asks for) or rate-limit headers on a successful call.
/// </summary>
/// <remarks>
/// <see cref="Headers"/> are the response's own, unmasked: they are your data, as the result is (an <see cref="ApiException"/>,
/// meant to be logged, shows only known-safe header values). They are merged into one dictionary the first time you read them;
/// an ApiResponse keeps no reference to the response's body.
/// </remarks>
public class ApiResponse
{
    private readonly IReadOnlyDictionary<string, IEnumerable<string>> _headers;
    // Not looked up yet, or the request id (a string) or its absence (NoRequestId): one field, so a reader on another thread sees
    // either the sentinel or the final answer, never a half-written pair.
    private static readonly object NotLookedUp = new();
    private static readonly object NoRequestId = new();
    private object _requestId = NotLookedUp;

    /// <summary>Creates a response, for a fake client in your tests; a TokenMint client creates its own.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">Response headers (copied; keys compare case-insensitively); null for none.</param>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null)
    {
        StatusCode = statusCode;
        // A client's own capture is already case-insensitive, and copies itself when first read.
        _headers = headers is CapturedResponseHeaders captured ? captured : Copy(headers);
    }

    /// <summary>The HTTP status code of the response (after any retries, the last attempt's).</summary>
    public int StatusCode { get; }

    /// <summary>
    /// The vendor's request id, where it sends one (the first of x-request-id, request-id, x-correlation-id, x-trace-id,
    /// x-amzn-requestid, x-amz-cf-id, cf-ray), as <see cref="ApiException.RequestId"/> finds it.
    /// </summary>
    public string? RequestId
    {
        get
        {
            var found = _requestId;
            if (ReferenceEquals(found, NotLookedUp))
                _requestId = found = (object?)RequestIds.Find(_headers) ?? NoRequestId;
            return found as string;
        }
    }

    /// <summary>The response headers, content headers included; keys compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers => _headers;

    private static Dictionary<string, IEnumerable<string>> Copy(IReadOnlyDictionary<string, IEnumerable<string>>? headers)
    {
        var copy = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
            foreach (var header in headers)
                copy[header.Key] = header.Value;
        return copy;
    }
}
