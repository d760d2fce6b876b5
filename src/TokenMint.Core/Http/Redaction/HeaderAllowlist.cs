using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenMint.Http;

/// <summary>
/// The response headers an <see cref="ApiException"/> shows, after Azure.Core's HttpMessageSanitizer: names known to carry
/// nothing secret keep their values (with any credential the client sent masked); every other header keeps its name and
/// shows <see cref="Redactor.Mask"/>, since a Set-Cookie, an echoed key header or a vendor's session header may carry one.
/// </summary>
internal static class HeaderAllowlist
{
    private static readonly HashSet<string> SafeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // Content and caching.
        "content-type", "content-length", "content-encoding", "content-language", "cache-control", "etag", "expires",
        "last-modified", "pragma", "vary", "transfer-encoding", "connection", "date", "server", "age", "via",
        // Retry hints.
        "retry-after", "retry-after-ms",
        // Request and trace ids (the names RequestIds looks for among them).
        "x-request-id", "request-id", "x-correlation-id", "x-trace-id", "x-amzn-requestid", "x-amz-cf-id", "cf-ray", "traceparent",
    };

    // Rate-limit headers: x-ratelimit-remaining, x-rate-limit-reset, the IETF draft's ratelimit-policy…
    private static readonly string[] SafePrefixes = ["x-ratelimit-", "x-rate-limit-", "ratelimit-"];

    /// <summary>True when a header of this name is shown with its value.</summary>
    public static bool IsSafe(string name)
    {
        if (SafeNames.Contains(name))
            return true;
        foreach (var prefix in SafePrefixes)
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>A copy of <paramref name="headers"/> to show: safe values kept, every other value masked.</summary>
    public static IReadOnlyDictionary<string, IEnumerable<string>> Sanitize(
        IReadOnlyDictionary<string, IEnumerable<string>> headers, SentCredentials credentials)
    {
        var shown = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
            shown[header.Key] = IsSafe(header.Key) ? MaskEach(header.Value, credentials) : [Redactor.Mask];
        return shown;
    }

    private static string[] MaskEach(IEnumerable<string> values, SentCredentials credentials) => values.Select(credentials.Mask).ToArray();
}
