using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Oneloop;
using TokenMint.Trackstar;

namespace TokenMint.Tests.Support;

/// <summary>What a test reads from an <see cref="ApiResponse{T}"/>, whatever the operation's result type.</summary>
public sealed record Answered(string Token, int StatusCode, string? RequestId, IReadOnlyDictionary<string, IEnumerable<string>> Headers);

/// <summary>
/// Every operation of every vendor, so one test covers them all: its client over a <see cref="Wire"/>, its canned success, and its
/// two methods, XxxAsync and XxxWithResponseAsync, each with or without <see cref="RequestOptions"/>.
/// </summary>
public sealed class Operation
{
    private readonly Func<HttpClient, object> _client;
    private readonly Func<object, RequestOptions?, Task<string>> _call;
    private readonly Func<object, RequestOptions?, Task<Answered>> _callWithResponse;

    private Operation(string name, string canned, HttpStatusCode status, string token, Func<HttpClient, object> client,
        Func<object, RequestOptions?, Task<string>> call, Func<object, RequestOptions?, Task<Answered>> callWithResponse)
    {
        Name = name;
        Canned = canned;
        Status = status;
        Token = token;
        _client = client;
        _call = call;
        _callWithResponse = callWithResponse;
    }

    /// <summary>"Deck.CreateLinkToken".</summary>
    public string Name { get; }

    /// <summary>The canned success body's path, under the test output folder.</summary>
    public string Canned { get; }

    /// <summary>The status the operation succeeds with.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The token the canned body carries.</summary>
    public string Token { get; }

    public static IReadOnlyList<Operation> All { get; } =
    [
        new("Deck.CreateLinkToken", "Deck/Canned/link-token.json", HttpStatusCode.OK, "link-sandbox-3f9c2a7e5b1d4c8e9a2f7d6e5c4b3a21",
            http => new DeckClient(new DeckClientOptions { ClientId = "client-123", Secret = "deck-secret" }, http),
            async (c, o) => (await Call(o, () => ((DeckClient)c).CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest()),
                () => ((DeckClient)c).CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest(), o))).LinkToken,
            async (c, o) => Read(await Call(o, () => ((DeckClient)c).CreateLinkTokenWithResponseAsync(new TokenMint.Deck.CreateLinkTokenRequest()),
                () => ((DeckClient)c).CreateLinkTokenWithResponseAsync(new TokenMint.Deck.CreateLinkTokenRequest(), o)), r => r.LinkToken)),
        new("Deck.CreateConnection", "Deck/Canned/connection.json", HttpStatusCode.Accepted, "access-sandbox-7c2e4a9b1d3f5e6a8b0c2d4e6f8a0b1c",
            http => new DeckClient(new DeckClientOptions { ClientId = "client-123", Secret = "deck-secret" }, http),
            async (c, o) => (await Call(o, () => ((DeckClient)c).CreateConnectionAsync(NewConnection()),
                () => ((DeckClient)c).CreateConnectionAsync(NewConnection(), o))).AccessToken!,
            async (c, o) => Read(await Call(o, () => ((DeckClient)c).CreateConnectionWithResponseAsync(NewConnection()),
                () => ((DeckClient)c).CreateConnectionWithResponseAsync(NewConnection(), o)), r => r.AccessToken!)),
        new("Oneloop.GenerateLinkToken", "Oneloop/Canned/link-token.json", HttpStatusCode.OK, "olt_live_8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
            http => new OneloopClient(new OneloopClientOptions { ApiKey = "oneloop-key" }, http),
            async (c, o) => (await Call(o, () => ((OneloopClient)c).GenerateLinkTokenAsync(NewOneloopRequest()),
                () => ((OneloopClient)c).GenerateLinkTokenAsync(NewOneloopRequest(), o))).Token,
            async (c, o) => Read(await Call(o, () => ((OneloopClient)c).GenerateLinkTokenWithResponseAsync(NewOneloopRequest()),
                () => ((OneloopClient)c).GenerateLinkTokenWithResponseAsync(NewOneloopRequest(), o)), r => r.Token)),
        new("Trackstar.CreateLinkToken", "Trackstar/Canned/link-token.json", HttpStatusCode.OK, "ts_link_4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e",
            http => new TrackstarClient(new TrackstarClientOptions { ApiKey = "trackstar-key" }, http),
            async (c, o) => (await Call(o, () => ((TrackstarClient)c).CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest()),
                () => ((TrackstarClient)c).CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest(), o))).LinkToken,
            async (c, o) => Read(await Call(o, () => ((TrackstarClient)c).CreateLinkTokenWithResponseAsync(new TokenMint.Trackstar.CreateLinkTokenRequest()),
                () => ((TrackstarClient)c).CreateLinkTokenWithResponseAsync(new TokenMint.Trackstar.CreateLinkTokenRequest(), o)), r => r.LinkToken)),
        new("Decart.CreateClientToken", "Decart/Canned/client-token.json", HttpStatusCode.OK, "ek_3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a",
            http => new DecartClient(new DecartClientOptions { ApiKey = "decart-key" }, http),
            async (c, o) => (await Call(o, () => ((DecartClient)c).CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }),
                () => ((DecartClient)c).CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, o))).ApiKey,
            async (c, o) => Read(await Call(o, () => ((DecartClient)c).CreateClientTokenWithResponseAsync(new CreateClientTokenRequest { ExpiresIn = 60 }),
                () => ((DecartClient)c).CreateClientTokenWithResponseAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, o)), r => r.ApiKey)),
    ];

    /// <summary>Each operation, once without and once with RequestOptions (so both overloads of each method run).</summary>
    public static IEnumerable<TestCaseData> EachWithAndWithoutRequestOptions() =>
        All.SelectMany(op => new[] { false, true }.Select(withOptions =>
            new TestCaseData(op, withOptions).SetArgDisplayNames(op.Name, withOptions ? "with RequestOptions" : "without RequestOptions")));

    public static IEnumerable<TestCaseData> Each() => All.Select(op => new TestCaseData(op).SetArgDisplayNames(op.Name));

    /// <summary>The operation's client, sending through <paramref name="http"/>.</summary>
    public object Client(HttpClient http) => _client(http);

    /// <summary>XxxAsync; the overload with RequestOptions when <paramref name="options"/> is given. Returns the token.</summary>
    public Task<string> CallAsync(object client, RequestOptions? options = null) => _call(client, options);

    /// <summary>XxxWithResponseAsync; the overload with RequestOptions when <paramref name="options"/> is given.</summary>
    public Task<Answered> CallWithResponseAsync(object client, RequestOptions? options = null) => _callWithResponse(client, options);

    public override string ToString() => Name;

    private static Task<T> Call<T>(RequestOptions? options, Func<Task<T>> without, Func<Task<T>> with) => options is null ? without() : with();

    private static Answered Read<T>(ApiResponse<T> response, Func<T, string> token) =>
        new(token(response.Value), response.StatusCode, response.RequestId, response.Headers);

    private static CreateConnectionRequest NewConnection() =>
        new() { SourceId = Guid.Parse("5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8"), AuthMethod = "credentials" };

    private static GenerateLinkTokenRequest NewOneloopRequest() => new() { CustomerId = "c", WorkspaceId = "w" };
}
