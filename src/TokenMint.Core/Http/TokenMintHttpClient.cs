using System;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>Creates the HttpClient a client uses when the caller does not pass one.</summary>
public static class TokenMintHttpClient
{
    /// <summary>
    /// A client whose handler does not follow redirects: HttpClient would resend custom credential headers
    /// (x-deck-secret, x-api-key) to wherever a redirect points.
    /// </summary>
    public static HttpClient Create()
    {
#if NET8_0_OR_GREATER
        // A bounded connection lifetime lets a long-lived client see DNS changes.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#else
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
#endif
        return new HttpClient(handler, disposeHandler: true);
    }
}
