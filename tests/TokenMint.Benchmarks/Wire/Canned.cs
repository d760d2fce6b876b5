using System;
using System.Collections.Generic;
using System.Text;

namespace TokenMint.Benchmarks.Wire;

/// <summary>The five operations every client variant calls.</summary>
public enum Operation
{
    DeckCreateLinkToken,
    DeckCreateConnection,
    OneloopGenerateLinkToken,
    TrackstarCreateLinkToken,
    DecartCreateClientToken,
}

/// <summary>One endpoint of the canned server: where it is, how it authenticates, what it answers.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="Path">The request path (POST), relative to the server root.</param>
/// <param name="Status">The success status the vendor documents (Deck's POST /connections answers 202).</param>
/// <param name="AuthHeaders">The credential headers the server requires, with their exact values.</param>
/// <param name="ResponseJson">The canned response body.</param>
public sealed record Route(Operation Operation, string Path, int Status, IReadOnlyList<KeyValuePair<string, string>> AuthHeaders, string ResponseJson)
{
    /// <summary>The response body as UTF-8, what the server writes.</summary>
    public byte[] ResponseBytes { get; } = Encoding.UTF8.GetBytes(ResponseJson);

    /// <summary>The path without its leading slash, for clients whose base URL ends with one.</summary>
    public string RelativePath => Path.TrimStart('/');
}

/// <summary>
/// Credentials, requests and responses shared by the server and every client variant, so all variants put the same bytes
/// on the wire (checked by <see cref="Runs.WireCheck"/> before each run).
/// </summary>
public static class Canned
{
    public const string DeckClientId = "bench-deck-client-id";
    public const string DeckSecret = "bench-deck-secret";
    public const string OneloopApiKey = "bench-oneloop-key";
    public const string TrackstarApiKey = "bench-trackstar-key";
    public const string DecartApiKey = "bench-decart-key";

    public static readonly Guid DeckSourceId = new("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly KeyValuePair<string, string>[] DeckHeaders =
    [
        new("x-deck-client-id", DeckClientId),
        new("x-deck-secret", DeckSecret),
    ];

    public static readonly KeyValuePair<string, string>[] OneloopHeaders = [new("Authorization", "Bearer " + OneloopApiKey)];

    public static readonly KeyValuePair<string, string>[] TrackstarHeaders = [new("x-trackstar-api-key", TrackstarApiKey)];

    public static readonly KeyValuePair<string, string>[] DecartHeaders = [new("x-api-key", DecartApiKey)];

    public static readonly Route[] Routes =
    [
        new(Operation.DeckCreateLinkToken, "/link/token/create", 200, DeckHeaders,
            """{"link_token":"link-sandbox-6f1c2a9e-3b7d-4c5e-9a8f-1d2e3f4a5b6c"}"""),
        new(Operation.DeckCreateConnection, "/connections", 202, DeckHeaders,
            """{"connection_id":"0d6f7a3c-5b2e-4f1a-9c8d-7e6f5a4b3c2d","status":"PENDING","source_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","auth_method":"credentials","access_token":"access-sandbox-9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d","created_at":1732370000,"updated_at":1732370001}"""),
        new(Operation.OneloopGenerateLinkToken, "/api/v1/link-token", 200, OneloopHeaders,
            """{"token":"olt_live_4f6c2e9a1b7d4c3e8f5a2b9c6d1e7f3a","expiresAt":1732373600000}"""),
        new(Operation.TrackstarCreateLinkToken, "/link/token", 200, TrackstarHeaders,
            """{"link_token":"lt_2b7e9c4a6f1d4e8b9a3c5d7e1f2a4b6c"}"""),
        new(Operation.DecartCreateClientToken, "/v1/client/tokens", 200, DecartHeaders,
            """{"apiKey":"ek_3a9f1c7e5b2d4a6c8e0f1a3b5c7d9e2f","expiresAt":"2025-11-23T15:00:00Z","permissions":null,"constraints":null}"""),
    ];

    /// <summary>The request bodies every variant must send, as JSON (compared semantically by the wire check).</summary>
    public static string ExpectedRequestJson(Operation operation) => operation switch
    {
        Operation.DeckCreateLinkToken => """{"language":"EN"}""",
        Operation.DeckCreateConnection => """{"source_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","auth_method":"credentials","auth_credentials":{"username":"user_good","password":"pass_good"}}""",
        Operation.OneloopGenerateLinkToken => """{"customerId":"cus_123","workspaceId":"ws_456"}""",
        Operation.TrackstarCreateLinkToken => """{"connection_id":"conn_abc"}""",
        Operation.DecartCreateClientToken => """{"expiresIn":60}""",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    /// <summary>The token-like value each response carries, which every variant returns.</summary>
    public static string ExpectedResult(Operation operation) => operation switch
    {
        Operation.DeckCreateLinkToken => "link-sandbox-6f1c2a9e-3b7d-4c5e-9a8f-1d2e3f4a5b6c",
        Operation.DeckCreateConnection => "access-sandbox-9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
        Operation.OneloopGenerateLinkToken => "olt_live_4f6c2e9a1b7d4c3e8f5a2b9c6d1e7f3a",
        Operation.TrackstarCreateLinkToken => "lt_2b7e9c4a6f1d4e8b9a3c5d7e1f2a4b6c",
        Operation.DecartCreateClientToken => "ek_3a9f1c7e5b2d4a6c8e0f1a3b5c7d9e2f",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public static Route For(Operation operation) => Routes[(int)operation];

    /// <summary>The route for a request path, or null.</summary>
    public static Route? Match(string? path)
    {
        foreach (var route in Routes)
            if (string.Equals(route.Path, path, StringComparison.Ordinal))
                return route;
        return null;
    }
}
