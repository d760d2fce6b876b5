using System;
using System.Net.Http;
using TokenMint.Http;

namespace TokenMint.Deck;

// CUSTOM: construction from options (retrying HttpClient, base URL, auth headers), layered over the generated DeckClient.
/// <summary>Client for the Deck API: link tokens for the Auth SDK, and connections.</summary>
public partial class DeckClient
{
    private ClientSettings _clientSettings = null!;

    /// <summary>
    /// Creates a client with its own HttpClient, which retries transient failures and enforces the options' timeouts.
    /// Create one and reuse it, as with HttpClient.
    /// </summary>
    /// <exception cref="MissingCredentialException">The client id or secret is in neither the options nor the environment.</exception>
    public DeckClient(DeckClientOptions options)
        : this(options, TokenMintHttpClient.Create(options)) // the HttpClient carries the retry handler built from these options
    {
    }

    // Called by the generated constructor, so both constructors validate the options before any request.
    private void Configure(DeckClientOptions options)
    {
        _clientSettings = (options ?? throw new ArgumentNullException(nameof(options))).Resolve();
        _httpClient = _httpClient ?? throw new ArgumentNullException("httpClient");
        _baseUrl = _clientSettings.BaseUrl;
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) => _clientSettings.Authenticator.Apply(request);
}
