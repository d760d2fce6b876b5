using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Wire;
using TokenMint.Benchmarks.Wire.Stj;

namespace TokenMint.Benchmarks.Clients;

/// <summary>
/// HttpClient with System.Text.Json source-generated metadata (<see cref="WireJsonContext"/>): the body serialized to UTF-8
/// bytes (so it has a Content-Length, like the other variants), the response read with ReadFromJsonAsync.
/// </summary>
public sealed class RawSystemTextJsonVariant : IVariant
{
    private readonly LazyHttpClient _deck;
    private readonly LazyHttpClient _oneloop;
    private readonly LazyHttpClient _trackstar;
    private readonly LazyHttpClient _decart;

    public RawSystemTextJsonVariant(Uri baseUri, Func<HttpMessageHandler>? handler = null)
    {
        _deck = new(baseUri, Canned.DeckHeaders, handler);
        _oneloop = new(baseUri, Canned.OneloopHeaders, handler);
        _trackstar = new(baseUri, Canned.TrackstarHeaders, handler);
        _decart = new(baseUri, Canned.DecartHeaders, handler);
    }

    public VariantKind Kind => VariantKind.RawSystemTextJson;

    private static WireJsonContext Json => WireJsonContext.Default;

    public async Task<string> DeckCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync(_deck.Value, "link/token/create", new DeckLinkTokenRequest { Language = "EN" }, Json.DeckLinkTokenRequest, Json.DeckLinkTokenResponse, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DeckCreateConnectionAsync(CancellationToken cancellationToken = default)
    {
        var request = new DeckConnectionRequest
        {
            SourceId = Canned.DeckSourceId,
            AuthMethod = "credentials",
            AuthCredentials = new DeckCredentials { Username = "user_good", Password = "pass_good" },
        };
        return (await PostAsync(_deck.Value, "connections", request, Json.DeckConnectionRequest, Json.DeckConnectionResponse, cancellationToken).ConfigureAwait(false)).AccessToken!;
    }

    public async Task<string> OneloopGenerateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync(_oneloop.Value, "api/v1/link-token", new OneloopLinkTokenRequest { CustomerId = "cus_123", WorkspaceId = "ws_456" }, Json.OneloopLinkTokenRequest, Json.OneloopLinkTokenResponse, cancellationToken).ConfigureAwait(false)).Token!;

    public async Task<string> TrackstarCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync(_trackstar.Value, "link/token", new TrackstarLinkTokenRequest { ConnectionId = "conn_abc" }, Json.TrackstarLinkTokenRequest, Json.TrackstarLinkTokenResponse, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DecartCreateClientTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync(_decart.Value, "v1/client/tokens", new DecartClientTokenRequest { ExpiresIn = 60 }, Json.DecartClientTokenRequest, Json.DecartClientTokenResponse, cancellationToken).ConfigureAwait(false)).ApiKey!;

    public void Dispose()
    {
        _deck.Dispose();
        _oneloop.Dispose();
        _trackstar.Dispose();
        _decart.Dispose();
    }

    private static async Task<TResponse> PostAsync<TRequest, TResponse>(HttpClient http, string path, TRequest body,
        JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}.");
        return await response.Content.ReadFromJsonAsync(responseInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"POST {path} answered null.");
    }
}
