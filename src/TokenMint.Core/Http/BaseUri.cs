using System;
using System.Net;

namespace TokenMint.Http;

/// <summary>Checks and normalizes a client's base URL.</summary>
internal static class BaseUri
{
    /// <summary>
    /// Returns the URL with a trailing slash, so a base path such as /api/v1 survives joining with an operation path.
    /// Throws unless it is absolute HTTPS, or HTTP to a loopback address (tests and local mocks), without user info
    /// (<c>https://user:password@host/</c>), query or fragment. Messages show the URL as <see cref="Describe"/> does.
    /// </summary>
    public static string Normalize(Uri uri, string optionName)
    {
        if (uri is null)
            throw new ArgumentNullException(optionName);
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException($"{optionName} must be an absolute URL (got '{Describe(uri)}').", optionName);
        // First, so no later message can quote it: user info is a credential, and HttpClient would send it nowhere useful.
        if (uri.UserInfo.Length > 0)
            throw new ArgumentException(
                $"{optionName} must not hold user info (a user name or password before '@'); got '{Describe(uri)}'. "
                + "Set the vendor's credentials in the client options instead.", optionName);
        var secure = uri.Scheme == Uri.UriSchemeHttps;
        var loopbackHttp = uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri);
        if (!secure && !loopbackHttp)
            throw new ArgumentException($"{optionName} must use https (http is allowed only for loopback addresses); got '{Describe(uri)}'.", optionName);
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new ArgumentException($"{optionName} must not have a query or fragment.", optionName);
        var text = uri.GetLeftPart(UriPartial.Path);
        return text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/";
    }

    /// <summary>
    /// The URL as options' ToString and error messages show it: user info and the query, which could hold a credential,
    /// become <c>***</c>; the fragment is left out. Empty for null.
    /// </summary>
    public static string Describe(Uri? uri)
    {
        if (uri is null)
            return string.Empty;
        if (uri.IsAbsoluteUri && uri.Host.Length > 0)
            return uri.Scheme + "://" + (uri.UserInfo.Length > 0 ? "***@" : string.Empty) + uri.Authority + uri.AbsolutePath
                + (uri.Query.Length > 0 ? "?***" : string.Empty);
        // A relative URL, or a string such as "user:pass@host" that parses with "user" as its scheme: shown only without an '@'.
        var text = uri.OriginalString;
        return text.IndexOf('@') >= 0 || text.IndexOf('?') >= 0 ? "***" : text;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
