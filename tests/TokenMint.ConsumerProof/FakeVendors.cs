using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TokenMint.ConsumerProof;

/// <summary>
/// Deck's and Decart's token endpoints on 127.0.0.1 with a free port: each checks its own auth headers (and that the
/// other vendor's are absent) and the request body, and answers with canned JSON.
/// </summary>
internal sealed class FakeVendors : IAsyncDisposable
{
    public const string DeckLinkToken = "link-sandbox-consumer-proof-5e1d";
    public const string DecartClientToken = "ek_consumer_proof_93b7";
    public const string DecartExpiresAt = "2030-01-01T00:00:00Z";

    private readonly WebApplication _app;

    private FakeVendors(WebApplication app, string baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>http://127.0.0.1:port, the real port.</summary>
    public string BaseUri { get; }

    public static async Task<FakeVendors> StartAsync(IConfiguration settings, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var deckClientId = Required(settings, "Deck:ClientId");
        var deckSecret = Required(settings, "Deck:Secret");
        var decartApiKey = Required(settings, "Decart:ApiKey");

        app.MapPost("/link/token/create", async (HttpRequest request) =>
        {
            var ok = Expect(problems, "Deck", request.Headers["x-deck-client-id"] == deckClientId, "x-deck-client-id is missing or wrong")
                & Expect(problems, "Deck", request.Headers["x-deck-secret"] == deckSecret, "x-deck-secret is missing or wrong")
                & Expect(problems, "Deck", !request.Headers.ContainsKey("x-api-key"), "carries Decart's x-api-key")
                & await ExpectJsonBody(problems, "Deck", request, body => body.TryGetProperty("language", out var language) && language.GetString() == "EN", """{"language":"EN"}""");
            return ok
                ? Results.Text($$"""{"link_token":"{{DeckLinkToken}}"}""", "application/json")
                : Results.Text("""{"error_category":"INVALID_REQUEST","error_code":"INVALID_CREDENTIALS"}""", "application/json", statusCode: 400);
        });

        app.MapPost("/v1/client/tokens", async (HttpRequest request) =>
        {
            var ok = Expect(problems, "Decart", request.Headers["x-api-key"] == decartApiKey, "x-api-key is missing or wrong")
                & Expect(problems, "Decart", !request.Headers.Keys.Any(k => k.StartsWith("x-deck-", StringComparison.OrdinalIgnoreCase)), "carries Deck's headers")
                & await ExpectJsonBody(problems, "Decart", request, body => body.TryGetProperty("expiresIn", out var expiresIn) && expiresIn.GetInt64() == 60, """{"expiresIn":60}""");
            return ok
                ? Results.Text($$"""{"apiKey":"{{DecartClientToken}}","expiresAt":"{{DecartExpiresAt}}","permissions":{},"unknownField":true}""", "application/json")
                : Results.Text("""{"detail":"Invalid API key"}""", "application/json", statusCode: 401);
        });

        app.MapFallback((HttpRequest request) =>
        {
            problems.Enqueue($"unexpected request {request.Method} {request.Path}");
            return Results.NotFound();
        });

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        var address = addresses.Addresses.Single();
        return new FakeVendors(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Required(IConfiguration settings, string key) =>
        settings[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"appsettings.json has no {key}.");

    private static bool Expect(ConcurrentQueue<string> problems, string vendor, bool condition, string problem)
    {
        if (!condition)
            problems.Enqueue($"{vendor}: {problem}"); // never the header's value: it may be a secret
        return condition;
    }

    private static async Task<bool> ExpectJsonBody(ConcurrentQueue<string> problems, string vendor, HttpRequest request, Func<JsonElement, bool> check, string expected)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return Expect(problems, vendor, false, $"Content-Type is '{request.ContentType}', not application/json");
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return Expect(problems, vendor, check(body.RootElement), $"body is {body.RootElement.GetRawText()}, expected {expected}");
        }
        catch (JsonException error)
        {
            return Expect(problems, vendor, false, $"body is not JSON: {error.Message}");
        }
    }
}
