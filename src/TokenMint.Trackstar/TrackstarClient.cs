using System;
using System.Net.Http;
using TokenMint.Http;

namespace TokenMint.Trackstar;

// CUSTOM: construction from options (retrying HttpClient, base URL, auth headers), layered over the generated TrackstarClient.
/// <summary>Client for the Trackstar API: link tokens for react-trackstar-link.</summary>
public partial class TrackstarClient
{
    private ClientSettings _clientSettings = null!;

    /// <summary>
    /// Creates a client with its own HttpClient, which retries transient failures and enforces the options' timeouts.
    /// Create one and reuse it, as with HttpClient.
    /// </summary>
    /// <exception cref="MissingCredentialException">The API key is in neither the options nor the environment.</exception>
    public TrackstarClient(TrackstarClientOptions options)
        : this(options, TokenMintHttpClient.Create(options)) // the HttpClient carries the retry handler built from these options
    {
    }

    // Called by the generated constructor, so both constructors validate the options before any request.
    private void Configure(TrackstarClientOptions options)
    {
        _clientSettings = (options ?? throw new ArgumentNullException(nameof(options))).Resolve();
        _httpClient = _httpClient ?? throw new ArgumentNullException("httpClient");
        _baseUrl = _clientSettings.BaseUrl;
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) => _clientSettings.Authenticator.Apply(request);
}
