using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// Adds a vendor's credential headers to a request, and only when the request goes to the configured origin,
/// so a credential never leaves for another host even if a URL is rewritten on the way.
/// </summary>
internal sealed class HeaderAuthenticator
{
    private readonly Uri _origin;
    private readonly string _originPrefix;
    private readonly KeyValuePair<string, string>[] _headers;

    /// <summary>Creates the authenticator for <paramref name="baseUrl"/>'s origin.</summary>
    /// <exception cref="ArgumentException">A header value holds anything but printable ASCII (the message says where, never the value).</exception>
    public HeaderAuthenticator(string baseUrl, params KeyValuePair<string, string>[] headers)
    {
        _origin = new Uri(baseUrl, UriKind.Absolute);
        _originPrefix = _origin.GetLeftPart(UriPartial.Authority) + "/";
        // Checked once here, so Apply can write the values unparsed on every request without a CR or LF splitting the header.
        foreach (var header in headers ?? throw new ArgumentNullException(nameof(headers)))
        {
            var invalid = HeaderValue.IndexOfInvalid(header.Value ?? throw new ArgumentException($"The {header.Key} header has no value.", nameof(headers)));
            if (invalid >= 0)
                throw new ArgumentException($"The value for the {header.Key} header {HeaderValue.Problem(header.Value, invalid)}; it may hold printable ASCII only.", nameof(headers));
        }
        _headers = headers;
        Credentials = SentCredentials.From(_headers.Select(h => h.Value));
    }

    /// <summary>The values this authenticator sends, masked in the errors of the requests it signed.</summary>
    internal SentCredentials Credentials { get; }

    /// <summary>Adds the credential headers if <paramref name="request"/> targets the configured origin.</summary>
    public void Apply(HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri || !SameOrigin(uri))
            return;
        foreach (var header in _headers)
        {
            request.Headers.Remove(header.Key);
            // Checked in the constructor.
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        // A reference into the options dictionary RequestPolicy fills anyway: no allocation. Read only by a failure.
        RequestProperties.Set(request, SentCredentials.RequestKey, Credentials);
    }

    // This runs on every request. The generated clients build the URL from the base URL, so its text nearly always starts
    // with the origin ("https://host[:port]/", the slash ending the authority): a match proves the origin without reading
    // uri.Host, which allocates. Any other form (explicit default port, leading spaces…) is compared part by part.
    private bool SameOrigin(Uri uri) =>
        uri.OriginalString.StartsWith(_originPrefix, StringComparison.OrdinalIgnoreCase)
        || uri.Port == _origin.Port
        && string.Equals(uri.Scheme, _origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Host, _origin.Host, StringComparison.OrdinalIgnoreCase);
}
