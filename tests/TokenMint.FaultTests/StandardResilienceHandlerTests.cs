using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using NUnit.Framework;
using Polly;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>The setup docs/resilience.md describes for callers who bring AddStandardResilienceHandler: MaxRetries = 0.</summary>
public class StandardResilienceHandlerTests : FaultTest
{
    private DeckClient DeckWithStandardResilience(Uri baseUri, ServiceCollection services)
    {
        var deckOptions = DeckOptions(baseUri, o => o.MaxRetries = 0);
        services.AddSingleton<TimeProvider>(Clock); // Polly's timers too: its timeouts fire only if the test moves the clock
        var http = services.AddHttpClient("TokenMint.Deck")
            .ConfigurePrimaryHttpMessageHandler(TokenMintHttpClient.CreatePrimaryHandler);
        http.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.Delay = TimeSpan.Zero; // the docs keep Polly's defaults; its waits are not what these tests are about
            resilience.Retry.UseJitter = false;
            var transient = resilience.Retry.ShouldHandle;
            resilience.Retry.ShouldHandle = args => args.Context.GetRequestMessage() is { } request && !RequestPolicy.CanRepeat(request)
                ? PredicateResult.False()
                : transient(args);
        });
        http.AddHttpMessageHandler(() => new RetryHandler(deckOptions));
        services.AddSingleton(provider => new DeckClient(deckOptions, provider.GetRequiredService<IHttpClientFactory>().CreateClient("TokenMint.Deck")));
        return services.BuildServiceProvider().GetRequiredService<DeckClient>();
    }

    [Test]
    public async Task WithMaxRetriesZeroThePollyHandlerDoesTheRetryingAndTheSdkLogsEachAttempt()
    {
        var server = await ServeAsync(Status(503), Status(503), Respond(200, LinkTokenJson));
        var deck = DeckWithStandardResilience(server.BaseUri, new ServiceCollection());

        var error = await CallAsync(() => deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(Logs.Named("AttemptSending"), Has.Length.EqualTo(3), "the SDK's handler sits inside Polly's and sees each attempt");
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty, "the SDK itself made no retry");
    }

    [Test]
    public async Task TheReadmeRecipeAddsPollyToTheDiRegistrationWithoutMultiplyingAttempts()
    {
        var server = await ServeAsync(Status(503), Status(503), Respond(200, LinkTokenJson));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDeckClient(o =>
            {
                var configured = DeckOptions(server.BaseUri);
                (o.ClientId, o.Secret, o.BaseUri, o.LoggerFactory, o.TimeProvider) = (configured.ClientId, configured.Secret, configured.BaseUri, configured.LoggerFactory, Clock);
                o.MaxRetries = 0;
            })
            .AddStandardResilienceHandler(r =>
            {
                r.Retry.Delay = TimeSpan.Zero;
                var transient = r.Retry.ShouldHandle;
                r.Retry.ShouldHandle = args => args.Context.GetRequestMessage() is { } m && !RequestPolicy.CanRepeat(m)
                    ? PredicateResult.False() : transient(args);
            });
        var deck = services.BuildServiceProvider().GetRequiredService<DeckClient>();

        var error = await CallAsync(() => deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(3), "Polly retried twice; the SDK added none");
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
    }

    [Test]
    public async Task ThePollyHandlerLeavesCreateConnectionAloneWithoutAnIdempotencyKey()
    {
        var server = await ServeAsync(Status(503), Respond(202, ConnectionJson));
        var deck = DeckWithStandardResilience(server.BaseUri, new ServiceCollection());

        var error = await CallAsync(() => deck.CreateConnectionAsync(NewConnection()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(503));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ThePollyHandlerRetriesCreateConnectionWithAnIdempotencyKey()
    {
        var server = await ServeAsync(Status(503), Respond(202, ConnectionJson));
        var deck = DeckWithStandardResilience(server.BaseUri, new ServiceCollection());

        var error = await CallAsync(() => deck.CreateConnectionAsync(NewConnection(), new RequestOptions { IdempotencyKey = "conn-1" }));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests.Select(r => r.Header("Idempotency-Key")), Is.EqualTo(new[] { "conn-1", "conn-1" }));
    }
}
