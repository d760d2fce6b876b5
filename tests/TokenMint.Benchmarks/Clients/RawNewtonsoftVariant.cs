using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using TokenMint.Benchmarks.Wire;
using TokenMint.Benchmarks.Wire.JsonNet;

namespace TokenMint.Benchmarks.Clients;

/// <summary>
/// What a careful caller without an SDK writes with Json.NET: one HttpClient per vendor with the credentials as default
/// headers, cached serializer settings, the body as a UTF-8 StringContent, the response read through a JsonTextReader.
/// </summary>
public sealed class RawNewtonsoftVariant : IVariant
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    private readonly LazyHttpClient _deck;
    private readonly LazyHttpClient _oneloop;
    private readonly LazyHttpClient _trackstar;
    private readonly LazyHttpClient _decart;

    public RawNewtonsoftVariant(Uri baseUri, Func<HttpMessageHandler>? handler = null)
    {
        _deck = new(baseUri, Canned.DeckHeaders, handler);
        _oneloop = new(baseUri, Canned.OneloopHeaders, handler);
        _trackstar = new(baseUri, Canned.TrackstarHeaders, handler);
        _decart = new(baseUri, Canned.DecartHeaders, handler);
    }

    public VariantKind Kind => VariantKind.RawNewtonsoft;

    public async Task<string> DeckCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync<DeckLinkTokenRequest, DeckLinkTokenResponse>(_deck.Value, "link/token/create", new DeckLinkTokenRequest { Language = "EN" }, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DeckCreateConnectionAsync(CancellationToken cancellationToken = default)
    {
        var request = new DeckConnectionRequest
        {
            SourceId = Canned.DeckSourceId,
            AuthMethod = "credentials",
            AuthCredentials = new DeckCredentials { Username = "user_good", Password = "pass_good" },
        };
        return (await PostAsync<DeckConnectionRequest, DeckConnectionResponse>(_deck.Value, "connections", request, cancellationToken).ConfigureAwait(false)).AccessToken!;
    }

    public async Task<string> OneloopGenerateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync<OneloopLinkTokenRequest, OneloopLinkTokenResponse>(_oneloop.Value, "api/v1/link-token", new OneloopLinkTokenRequest { CustomerId = "cus_123", WorkspaceId = "ws_456" }, cancellationToken).ConfigureAwait(false)).Token!;

    public async Task<string> TrackstarCreateLinkTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync<TrackstarLinkTokenRequest, TrackstarLinkTokenResponse>(_trackstar.Value, "link/token", new TrackstarLinkTokenRequest { ConnectionId = "conn_abc" }, cancellationToken).ConfigureAwait(false)).LinkToken!;

    public async Task<string> DecartCreateClientTokenAsync(CancellationToken cancellationToken = default) =>
        (await PostAsync<DecartClientTokenRequest, DecartClientTokenResponse>(_decart.Value, "v1/client/tokens", new DecartClientTokenRequest { ExpiresIn = 60 }, cancellationToken).ConfigureAwait(false)).ApiKey!;

    public void Dispose()
    {
        _deck.Dispose();
        _oneloop.Dispose();
        _trackstar.Dispose();
        _decart.Dispose();
    }

    private static async Task<TResponse> PostAsync<TRequest, TResponse>(HttpClient http, string path, TRequest body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(JsonConvert.SerializeObject(body, Settings), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}.");
        // PostAsync buffered the body (HttpCompletionOption.ResponseContentRead), so this read does not block on the network.
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var json = new JsonTextReader(reader);
        return Serializer.Deserialize<TResponse>(json) ?? throw new InvalidDataException($"POST {path} answered null.");
    }
}
