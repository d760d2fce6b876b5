using System;
using System.Collections.Generic;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// What the generated clients attach to each request before sending it: the operation's <see cref="RetrySafety"/>
/// and the caller's <see cref="RequestOptions"/>. <see cref="RetryHandler"/> reads the former.
/// </summary>
public static class RequestPolicy
{
    private const string RetrySafetyKey = "TokenMint.RetrySafety";

    // Boxed once: every request carries one of these.
    private static readonly object BoxedSafe = RetrySafety.Safe;
    private static readonly object BoxedUnsafe = RetrySafety.Unsafe;

    // Headers a caller may not set per call: the client owns them, or they would carry a credential.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        TokenMintHeaders.RetryCount, TokenMintHeaders.IdempotencyKey, "Host", "Authorization", "Proxy-Authorization", "Cookie",
    };

    /// <summary>
    /// Stamps <paramref name="retry"/> on <paramref name="request"/> and applies <paramref name="requestOptions"/>. Called by generated
    /// code after the credentials are set, so an extra header that would replace one of them is refused.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An extra header is reserved, already set, or not a valid header, or its value (or the idempotency key) holds anything but
    /// printable ASCII. The message names the header and the position, never the value.
    /// </exception>
    internal static void Apply(HttpRequestMessage request, RetrySafety retry, RequestOptions? requestOptions)
    {
        if (request is null)
            throw new ArgumentNullException(nameof(request));
        RequestProperties.Set(request, RetrySafetyKey, retry == RetrySafety.Safe ? BoxedSafe : retry == RetrySafety.Unsafe ? BoxedUnsafe : retry);
        if (requestOptions is null)
            return;
        foreach (var header in requestOptions.Headers)
            AddHeader(request, header.Key, header.Value, $"RequestOptions.Headers[\"{header.Key}\"]", nameof(requestOptions));
        if (requestOptions.IdempotencyKey is not null)
        {
            if (requestOptions.IdempotencyKey.Trim().Length == 0)
                throw new ArgumentException("RequestOptions.IdempotencyKey must not be empty.", nameof(requestOptions));
            request.Headers.Remove(TokenMintHeaders.IdempotencyKey);
            AddHeader(request, TokenMintHeaders.IdempotencyKey, requestOptions.IdempotencyKey, "RequestOptions.IdempotencyKey", nameof(requestOptions), reservedAllowed: true);
        }
    }

    /// <summary>The operation's retry class, or null for a request no TokenMint client stamped.</summary>
    internal static RetrySafety? GetRetrySafety(HttpRequestMessage request) =>
        RequestProperties.TryGet<RetrySafety>(request ?? throw new ArgumentNullException(nameof(request)), RetrySafetyKey, out var retry) ? retry : null;

    /// <summary>
    /// True when sending <paramref name="request"/> twice is harmless: its operation is <see cref="RetrySafety.Safe"/>, or it
    /// carries an idempotency key. Unstamped requests fall back to HTTP semantics (GET, HEAD, PUT, DELETE, OPTIONS are idempotent).
    /// Use it in your own resilience pipeline's retry predicate.
    /// </summary>
    public static bool CanRepeat(HttpRequestMessage request)
    {
        if (request is null)
            throw new ArgumentNullException(nameof(request));
        if (request.Headers.Contains(TokenMintHeaders.IdempotencyKey))
            return true;
        return (GetRetrySafety(request) ?? DefaultFor(request.Method)) == RetrySafety.Safe;
    }

    private static RetrySafety DefaultFor(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options
            ? RetrySafety.Safe
            : RetrySafety.Unsafe;

    // Every problem is an ArgumentException for Apply's requestOptions, which the caller names as paramName.
    private static void AddHeader(HttpRequestMessage request, string name, string? value, string what, string paramName, bool reservedAllowed = false)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"{what}: a header needs a name.", paramName);
        if (!reservedAllowed && Reserved.Contains(name))
            throw new ArgumentException($"{what}: {name} is set by the client and cannot be set per call.", paramName);
        // TryGetValues, unlike Contains, does not throw for a content header's name asked of the request headers.
        if (request.Headers.TryGetValues(name, out _) || (request.Content?.Headers.TryGetValues(name, out _) ?? false))
            throw new ArgumentException($"{what}: {name} is already set by the client and cannot be replaced per call.", paramName);
        if (value is null)
            throw new ArgumentException($"{what}: the value must be present.", paramName);
        // Checked before the value is written unparsed: a CR or LF would split the header, non-ASCII fails only at send time.
        var invalid = HeaderValue.IndexOfInvalid(value);
        if (invalid >= 0)
            throw new ArgumentException($"{what}: the value {HeaderValue.Problem(value, invalid)}; a header value may hold printable ASCII only.", paramName);
        bool added;
        try
        {
            added = request.Headers.TryAddWithoutValidation(name, value);
        }
        catch (FormatException error)
        {
            throw new ArgumentException($"{what}: '{name}' is not a valid header name.", paramName, error);
        }
        if (!added)
            throw new ArgumentException($"{what}: {name} is a content header or not a valid request header name.", paramName);
    }
}
