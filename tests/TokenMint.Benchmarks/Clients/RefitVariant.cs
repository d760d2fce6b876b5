using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using TokenMint.Benchmarks.Wire;
using TokenMint.Benchmarks.Wire.Stj;

namespace TokenMint.Benchmarks.Clients;

public interface IDeckApi
{
    [Post("/link/token/create")]
    Task<DeckLinkTokenResponse> CreateLinkTokenAsync([Body] DeckLinkTokenRequest request, CancellationToken cancellationToken);

    [Post("/connections")]
    Task<DeckConnectionResponse> CreateConnectionAsync([Body] DeckConnectionRequest request, CancellationToken cancellationToken);
}

public interface IOneloopApi
{
    [Post("/api/v1/link-token")]
    Task<OneloopLinkTokenResponse> GenerateLinkTokenAsync([Body] OneloopLinkTokenRequest request, CancellationToken cancellationToken);
}

public interface ITrackstarApi
{
    [Post("/link/token")]
    Task<TrackstarLinkTokenResponse> CreateLinkTokenAsync([Body] TrackstarLinkTokenRequest request, CancellationToken cancellationToken);
}

public interface IDecartApi
{
    [Post("/v1/client/tokens")]
    Task<DecartClientTokenResponse> CreateClientTokenAsync([Body] DecartClientTokenRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Refit 16 as most users configure it: RestService.For over an HttpClient with the credentials as default headers, the
/// default System.Text.Json serializer (reflection metadata), and buffered request bodies so that, like every other
/// variant, the request carries a Content-Length instead of chunked encoding.
/// </summary>
public sealed class RefitVariant : IVariant
{
    private static readonly RefitSettings Settings = new() { RequestBodySerialization = RequestBodySerializationMode.Buffered };

    private readonly LazyHttpClient[] _http;
    private readonly Lazy<IDeckApi> _deck;
    private readonly Lazy<IOneloopApi> _oneloop;
    private readonly Lazy<ITrackstarApi> _trackstar;
    private readonly Lazy<IDecartApi> _decart;

    public RefitVariant(Uri baseUri, Func<HttpMessageHandler>? handler = null)
    {
        _http =
        [
            new(baseUri, Canned.DeckHeaders, handler),
            new(baseUri, Canned.OneloopHeaders, handler),
            new(baseUri, Canned.TrackstarHeaders, handler),
            new(baseUri, Canned.DecartHeaders, handler),
        ];
        _deck = new(() => RestService.For<IDeckApi>(_http[0].Value, Settings));
        _oneloop = new(() => RestService.For<IOneloopApi>(_http[1].Value, Settings));
        _trackstar = new(() => RestService.For<ITrackstarApi>(_http[2].Value, Settings));
        _decart = new(() => RestService.For<IDecartApi>(_http[3].Value, Settings));
    }

    public VariantKind Kind => VariantKind.Refit;

    public async Task<string> DeckCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await _deck.Value.CreateLinkTokenAsync(new DeckLinkTokenRequest { Language = "EN" }, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DeckCreateConnectionAsync(CancellationToken cancellationToken = default)
    {
        var request = new DeckConnectionRequest
        {
            SourceId = Canned.DeckSourceId,
            AuthMethod = "credentials",
            AuthCredentials = new DeckCredentials { Username = "user_good", Password = "pass_good" },
        };
        return (await _deck.Value.CreateConnectionAsync(request, cancellationToken).ConfigureAwait(false)).AccessToken!;
    }

    public async Task<string> OneloopGenerateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await _oneloop.Value.GenerateLinkTokenAsync(new OneloopLinkTokenRequest { CustomerId = "cus_123", WorkspaceId = "ws_456" }, cancellationToken).ConfigureAwait(false)).Token!;

    public async Task<string> TrackstarCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await _trackstar.Value.CreateLinkTokenAsync(new TrackstarLinkTokenRequest { ConnectionId = "conn_abc" }, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DecartCreateClientTokenAsync(CancellationToken cancellationToken = default) =>
        (await _decart.Value.CreateClientTokenAsync(new DecartClientTokenRequest { ExpiresIn = 60 }, cancellationToken).ConfigureAwait(false)).ApiKey!;

    public void Dispose()
    {
        foreach (var http in _http)
            http.Dispose();
    }
}
