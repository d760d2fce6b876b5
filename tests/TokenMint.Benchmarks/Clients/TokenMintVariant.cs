using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Wire;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Http;
using TokenMint.Oneloop;
using TokenMint.Trackstar;
using DeckLinkRequest = TokenMint.Deck.CreateLinkTokenRequest;
using TrackstarLinkRequest = TokenMint.Trackstar.CreateLinkTokenRequest;

namespace TokenMint.Benchmarks.Clients;

/// <summary>
/// The SDK as a user writes it: <c>new XxxClient(options)</c> with credentials and BaseUri, so the client creates its own
/// HttpClient and the full handler pipeline (retry/timeout handler over the no-redirect socket handler) is measured.
/// </summary>
public sealed class TokenMintVariant : IVariant
{
    // Typed as object so that creating the variant loads no vendor assembly: the cold-start process loads only the one it calls.
    private readonly Lazy<object> _deck;
    private readonly Lazy<object> _oneloop;
    private readonly Lazy<object> _trackstar;
    private readonly Lazy<object> _decart;
    private readonly List<HttpClient> _owned = [];

    /// <param name="baseUri">The server root.</param>
    /// <param name="handler">
    /// Null: options-only constructors (the real pipeline over sockets). Otherwise the in-memory form of the same
    /// pipeline: <c>new XxxClient(options, new HttpClient(new RetryHandler(options) { InnerHandler = handler() }))</c>.
    /// </param>
    /// <param name="retryHandler">False leaves RetryHandler out (over sockets, the SDK's primary handler stays), to split its cost from the generated code's.</param>
    /// <remarks>Each vendor's client is created on first use, so a process that calls one operation builds one client.</remarks>
    public TokenMintVariant(Uri baseUri, Func<HttpMessageHandler>? handler = null, bool retryHandler = true)
    {
        _deck = new(object () =>
        {
            var options = new DeckClientOptions { ClientId = Canned.DeckClientId, Secret = Canned.DeckSecret, BaseUri = baseUri };
            return handler is null && retryHandler ? new DeckClient(options) : new DeckClient(options, Pipeline(options, handler, retryHandler));
        });
        _oneloop = new(object () =>
        {
            var options = new OneloopClientOptions { ApiKey = Canned.OneloopApiKey, BaseUri = baseUri };
            return handler is null && retryHandler ? new OneloopClient(options) : new OneloopClient(options, Pipeline(options, handler, retryHandler));
        });
        _trackstar = new(object () =>
        {
            var options = new TrackstarClientOptions { ApiKey = Canned.TrackstarApiKey, BaseUri = baseUri };
            return handler is null && retryHandler ? new TrackstarClient(options) : new TrackstarClient(options, Pipeline(options, handler, retryHandler));
        });
        _decart = new(object () =>
        {
            var options = new DecartClientOptions { ApiKey = Canned.DecartApiKey, BaseUri = baseUri };
            return handler is null && retryHandler ? new DecartClient(options) : new DecartClient(options, Pipeline(options, handler, retryHandler));
        });
    }

    public VariantKind Kind => VariantKind.TokenMint;

    public async Task<string> DeckCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await ((DeckClient)_deck.Value).CreateLinkTokenAsync(new DeckLinkRequest { Language = Language.En }, cancellationToken).ConfigureAwait(false)).LinkToken;

    public async Task<string> DeckCreateConnectionAsync(CancellationToken cancellationToken = default)
    {
        var request = new CreateConnectionRequest
        {
            SourceId = Canned.DeckSourceId,
            AuthMethod = "credentials",
            AuthCredentials = new ConnectionCredentials { Username = "user_good", Password = "pass_good" },
        };
        return (await ((DeckClient)_deck.Value).CreateConnectionAsync(request, cancellationToken).ConfigureAwait(false)).AccessToken!;
    }

    public async Task<string> OneloopGenerateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await ((OneloopClient)_oneloop.Value).GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = "cus_123", WorkspaceId = "ws_456" }, cancellationToken).ConfigureAwait(false)).Token;

    public async Task<string> TrackstarCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await ((TrackstarClient)_trackstar.Value).CreateLinkTokenAsync(new TrackstarLinkRequest { ConnectionId = "conn_abc" }, cancellationToken).ConfigureAwait(false)).LinkToken;

    public async Task<string> DecartCreateClientTokenAsync(CancellationToken cancellationToken = default) =>
        (await ((DecartClient)_decart.Value).CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, cancellationToken).ConfigureAwait(false)).ApiKey;

    public void Dispose()
    {
        // The options-only clients own an HttpClient they do not expose (the generated clients are not IDisposable);
        // a benchmark process creates a handful and exits.
        lock (_owned)
            foreach (var http in _owned)
                http.Dispose();
    }

    // Over sockets (no handler given) the inner handler is the SDK's own primary handler, so leaving RetryHandler out is the only difference.
    private HttpClient Pipeline(ClientOptions options, Func<HttpMessageHandler>? handler, bool retryHandler)
    {
        var inner = handler?.Invoke() ?? TokenMintHttpClient.CreatePrimaryHandler();
        var http = new HttpClient(retryHandler ? new RetryHandler(options) { InnerHandler = inner } : inner, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        lock (_owned)
            _owned.Add(http);
        return http;
    }
}
