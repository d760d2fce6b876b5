using System.Net.Http;
using TokenMint.Http;

namespace TokenMint.Decart;

// CUSTOM: client wiring. NSwag generates the (DecartClientOptions, HttpClient) constructor, whose base (ClientBase) resolves the
// options; this adds the constructor that creates its own HttpClient, and points the client at the resolved base URL.
/// <summary>Client for the Decart API: short-lived client tokens for browser sessions.</summary>
public partial class DecartClient
{
    /// <summary>
    /// Creates a client with its own HttpClient, which retries transient failures and enforces the options' timeouts.
    /// Create one and reuse it, as with HttpClient; dispose it when done, which disposes that HttpClient.
    /// </summary>
    /// <exception cref="MissingCredentialException">A credential is in neither the options nor the environment.</exception>
    /// <exception cref="InvalidCredentialException">A credential holds a control or non-ASCII character.</exception>
    /// <exception cref="System.ArgumentException">An option is out of range, or BaseUri is not HTTPS or holds user info.</exception>
    public DecartClient(DecartClientOptions options)
        : this(options, TokenMintHttpClient.Create(options)) => OwnHttpClient(_httpClient);

    // Called by the generated constructor once the HttpClient is stored: the options' base URL replaces the spec's first server.
    partial void Initialize() => _baseUrl = ResolvedBaseUrl(_httpClient);
}
