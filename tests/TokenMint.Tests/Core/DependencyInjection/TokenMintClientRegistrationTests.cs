using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using TokenMint.Deck;
using TokenMint.Decart;
using TokenMint.Oneloop;
using TokenMint.Tests.Support;
using TokenMint.Trackstar;

namespace TokenMint.Tests.Core.DependencyInjection;

public class TokenMintClientRegistrationTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Test]
    public async Task AddDeckClientBindsItsSectionAndSendsTheConfiguredCredentials()
    {
        using var wire = new Wire(HttpStatusCode.OK, Canned.Read("Deck/Canned/link-token.json"));
        var configuration = Configuration(new()
        {
            ["Deck:ClientId"] = "cfg-client",
            ["Deck:Secret"] = "cfg-secret",
            ["Deck:Environment"] = "Sandbox",
            ["Deck:MaxRetries"] = "0",
        });
        var services = new ServiceCollection();
        services.AddDeckClient(configuration.GetSection("Deck")).ConfigurePrimaryHttpMessageHandler(() => wire.Handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<DeckClient>();
        await client.CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest());

        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo("https://sandbox.deck.co/api/v1/link/token/create"));
        Assert.That(wire.Single.Headers["x-deck-client-id"], Is.EqualTo("cfg-client"));
        Assert.That(wire.Single.Headers["x-deck-secret"], Is.EqualTo("cfg-secret"));
        Assert.That(provider.GetRequiredService<IOptions<DeckClientOptions>>().Value.MaxRetries, Is.EqualTo(0));
    }

    [Test]
    public async Task EveryVendorRegistersItsInterfaceFromCode()
    {
        using var oneloopWire = new Wire(HttpStatusCode.OK, Canned.Read("Oneloop/Canned/link-token.json"));
        using var trackstarWire = new Wire(HttpStatusCode.OK, Canned.Read("Trackstar/Canned/link-token.json"));
        using var decartWire = new Wire(HttpStatusCode.OK, Canned.Read("Decart/Canned/client-token.json"));
        var services = new ServiceCollection();
        services.AddOneloopClient(o => o.ApiKey = "ol").ConfigurePrimaryHttpMessageHandler(() => oneloopWire.Handler);
        services.AddTrackstarClient(o => o.ApiKey = "ts").ConfigurePrimaryHttpMessageHandler(() => trackstarWire.Handler);
        services.AddDecartClient(o => o.ApiKey = "dc").ConfigurePrimaryHttpMessageHandler(() => decartWire.Handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IOneloopClient>().GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w" });
        await provider.GetRequiredService<ITrackstarClient>().CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest());
        await provider.GetRequiredService<IDecartClient>().CreateClientTokenAsync();

        Assert.That(oneloopWire.Single.Headers["authorization"], Is.EqualTo("Bearer ol"));
        Assert.That(trackstarWire.Single.Headers["x-trackstar-api-key"], Is.EqualTo("ts"));
        Assert.That(decartWire.Single.Headers["x-api-key"], Is.EqualTo("dc"));
    }

    [Test]
    public void MissingCredentialsFailValidationNamingTheSetting()
    {
        using var secret = new EnvironmentVariable("DECK_SECRET", null);
        var services = new ServiceCollection();
        services.AddDeckClient(o => o.ClientId = "id");
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<DeckClientOptions>>().Value)!;
        Assert.That(error.Message, Does.Contain("DeckClientOptions.Secret").And.Contain("DECK_SECRET"));
    }

    [Test]
    public void AnInsecureBaseUriFailsValidation()
    {
        var services = new ServiceCollection();
        services.AddTrackstarClient(o => { o.ApiKey = "k"; o.BaseUri = new Uri("http://trackstar.example.com"); });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<TrackstarClientOptions>>().Value)!;
        Assert.That(error.Message, Does.Contain("https"));
    }

    [Test]
    public async Task TheReturnedBuilderAcceptsTheCallersOwnHandlers()
    {
        using var wire = new Wire(HttpStatusCode.OK, Canned.Read("Decart/Canned/client-token.json"));
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddDecartClient(o => o.ApiKey = "dc")
            .ConfigurePrimaryHttpMessageHandler(() => wire.Handler)
            .AddHttpMessageHandler(() => new Spy(seen));
        using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DecartClient>().CreateClientTokenAsync();
        Assert.That(seen, Is.EqualTo(new[] { "POST https://api.decart.ai/v1/client/tokens" }));
    }

    [Test]
    public async Task ConsumersCanFakeAClientThroughItsInterfaceOrVirtualMethods()
    {
        IDecartClient fake = new FakeDecart();
        var response = await fake.CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 5 });
        Assert.That(response.ApiKey, Is.EqualTo("fake-5"));

        var subclass = new OverridingDecart();
        Assert.That((await subclass.CreateClientTokenAsync()).ApiKey, Is.EqualTo("overridden"));

        var faked = await fake.CreateClientTokenWithResponseAsync(new CreateClientTokenRequest { ExpiresIn = 6 });
        var overridden = await subclass.CreateClientTokenWithResponseAsync();
        Assert.Multiple(() =>
        {
            Assert.That(faked.Value.ApiKey, Is.EqualTo("fake-6"));
            Assert.That(faked.StatusCode, Is.EqualTo(200));
            Assert.That(faked.Headers, Is.Empty);
            Assert.That(faked.RequestId, Is.Null);
            Assert.That(overridden.Value.ApiKey, Is.EqualTo("overridden"));
            Assert.That(overridden.RequestId, Is.EqualTo("req-fake"), "a fake's headers are found case-insensitively");
            Assert.That(overridden.Headers["x-request-id"], Is.EqualTo(new[] { "req-fake" }));
        });
    }

    private sealed class Spy(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri}");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class FakeDecart : IDecartClient
    {
        public Task<CreateClientTokenResponse> CreateClientTokenAsync(CreateClientTokenRequest? request = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CreateClientTokenResponse { ApiKey = $"fake-{request?.ExpiresIn}", ExpiresAt = "soon" });

        public Task<CreateClientTokenResponse> CreateClientTokenAsync(CreateClientTokenRequest? request, RequestOptions? requestOptions, CancellationToken cancellationToken = default) =>
            CreateClientTokenAsync(request, cancellationToken);

        public async Task<ApiResponse<CreateClientTokenResponse>> CreateClientTokenWithResponseAsync(CreateClientTokenRequest? request = null, CancellationToken cancellationToken = default) =>
            new(await CreateClientTokenAsync(request, cancellationToken), 200);

        public Task<ApiResponse<CreateClientTokenResponse>> CreateClientTokenWithResponseAsync(CreateClientTokenRequest? request, RequestOptions? requestOptions, CancellationToken cancellationToken = default) =>
            CreateClientTokenWithResponseAsync(request, cancellationToken);
    }

    private sealed class OverridingDecart() : DecartClient(new DecartClientOptions { ApiKey = "unused" }, new HttpClient(new MockHttpMessageHandler()))
    {
        public override Task<CreateClientTokenResponse> CreateClientTokenAsync(CreateClientTokenRequest? request = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CreateClientTokenResponse { ApiKey = "overridden", ExpiresAt = "soon" });

        public override Task<ApiResponse<CreateClientTokenResponse>> CreateClientTokenWithResponseAsync(CreateClientTokenRequest? request = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ApiResponse<CreateClientTokenResponse>(new CreateClientTokenResponse { ApiKey = "overridden", ExpiresAt = "soon" }, 201,
                new Dictionary<string, IEnumerable<string>> { ["X-Request-Id"] = ["req-fake"] }));
    }
}
