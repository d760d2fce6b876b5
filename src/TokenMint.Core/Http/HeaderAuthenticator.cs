using System;
using System.Collections.Generic;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// Adds a vendor's credential headers to a request, and only when the request goes to the configured origin,
/// so a credential never leaves for another host even if a URL is rewritten on the way.
/// </summary>
public sealed class HeaderAuthenticator
{
    private readonly string _origin;
    private readonly KeyValuePair<string, string>[] _headers;

    /// <summary>Creates the authenticator for <paramref name="baseUrl"/>'s origin.</summary>
    public HeaderAuthenticator(string baseUrl, params KeyValuePair<string, string>[] headers)
    {
        _origin = Origin(new Uri(baseUrl, UriKind.Absolute));
        _headers = headers;
    }

    /// <summary>The names of the headers that carry the credential.</summary>
    public IEnumerable<string> HeaderNames
    {
        get
        {
            foreach (var header in _headers)
                yield return header.Key;
        }
    }

    /// <summary>Adds the credential headers if <paramref name="request"/> targets the configured origin.</summary>
    public void Apply(HttpRequestMessage request)
    {
        if (request.RequestUri is null || !request.RequestUri.IsAbsoluteUri || Origin(request.RequestUri) != _origin)
            return;
        foreach (var header in _headers)
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}
