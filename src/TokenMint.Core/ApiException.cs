using System;
using System.Collections.Generic;
using System.Linq;
using TokenMint.Http;

namespace TokenMint;

/// <summary>
/// A vendor API call failed: a non-success status, or a success whose body could not be read.
/// The body is kept only as a redacted excerpt, and header values only where they are known to be safe, so the exception
/// can be logged without leaking a token or secret. Thrown by a TokenMint client, it also masks the exact credential values
/// the client sent wherever it shows response text, however short they are.
/// </summary>
public class ApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders =
        new Dictionary<string, IEnumerable<string>>();

    /// <summary>Creates the exception; the signature is the one NSwag-generated clients call.</summary>
    public ApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : this(message, statusCode, response, headers, innerException, SentCredentials.Of(headers))
    {
    }

    // The credentials come with the headers a TokenMint client passes (LazyResponseHeaders); other callers have none to give.
    private ApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException,
        SentCredentials credentials)
        : base(credentials.Mask(Describe(message, statusCode, headers, innerException)), SafeInner.From(innerException, credentials))
    {
        StatusCode = statusCode;
        Headers = headers is null ? NoHeaders : HeaderAllowlist.Sanitize(headers, credentials);
        RequestId = RequestIds.Find(Headers);
        ResponseExcerpt = Redactor.Excerpt(response, credentials);
    }

    /// <summary>The HTTP status code (0 when no response was received).</summary>
    public int StatusCode { get; }

    /// <summary>
    /// The response headers, including content headers. Only headers known to carry nothing secret (content type and length,
    /// date, retry hints, request ids, rate limits…) show their values; every other header shows <c>[REDACTED]</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The vendor's request id, where it sends one: quote it to their support.</summary>
    public string? RequestId { get; }

    /// <summary>The start of the response body with tokens, keys and secrets replaced by <c>[REDACTED]</c>.</summary>
    public string ResponseExcerpt { get; }

    /// <summary>The vendor's machine-readable error code, where the error payload has one.</summary>
    public string? ErrorCode => (Payload as IApiError)?.ErrorCode;

    // The typed payload of ApiException<TError>; a property rather than a field, so the base keeps the constructor NSwag calls.
    private protected virtual object? Payload => null;

    private static string Describe(string message, int statusCode, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? inner)
    {
        var requestId = headers is null ? null : RequestIds.Find(headers);
        var detail = SafeInner.Detail(inner);
        return $"{message} (HTTP {statusCode}{(requestId is null ? string.Empty : ", request id " + requestId)})"
               + (detail is null ? string.Empty : " " + detail);
    }
}

/// <summary>A failure whose response body matched the error schema the operation documents.</summary>
/// <typeparam name="TError">The vendor's error payload type.</typeparam>
public class ApiException<TError> : ApiException
{
    /// <summary>Creates the exception; the signature is the one NSwag-generated clients call.</summary>
    public ApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, TError result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Error = result;
    }

    /// <summary>The parsed error payload.</summary>
    public TError Error { get; }

    private protected override object? Payload => Error;
}

/// <summary>Implemented by vendor error payloads that carry a machine-readable code.</summary>
internal interface IApiError
{
    /// <summary>The vendor's error code, as sent.</summary>
    string? ErrorCode { get; }
}

internal static class RequestIds
{
    // Header names vendors and their gateways use for a request id, most specific first.
    private static readonly string[] Names =
        ["x-request-id", "request-id", "x-correlation-id", "x-trace-id", "x-amzn-requestid", "x-amz-cf-id", "cf-ray"];

    public static string? Find(IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        foreach (var name in Names)
            foreach (var header in headers)
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                    return header.Value.FirstOrDefault();
        return null;
    }
}
