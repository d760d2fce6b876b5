using System;
using System.Net;

namespace TokenMint.Http;

/// <summary>Checks and normalizes a client's base URL.</summary>
public static class BaseUri
{
    /// <summary>
    /// Returns the URL with a trailing slash, so a base path such as /api/v1 survives joining with an operation path.
    /// Throws unless it is absolute HTTPS, or HTTP to a loopback address (tests and local mocks).
    /// </summary>
    public static string Normalize(Uri uri, string optionName)
    {
        if (uri is null)
            throw new ArgumentNullException(optionName);
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException($"{optionName} must be an absolute URL (got '{uri}').", optionName);
        var secure = uri.Scheme == Uri.UriSchemeHttps;
        var loopbackHttp = uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri);
        if (!secure && !loopbackHttp)
            throw new ArgumentException($"{optionName} must use https (http is allowed only for loopback addresses); got '{uri.GetLeftPart(UriPartial.Authority)}'.", optionName);
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new ArgumentException($"{optionName} must not have a query or fragment.", optionName);
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/";
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
