using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>Deck's POST /connections creates a resource, so a repeat could open a second connection.</summary>
public class DuplicateSafetyTests : FaultTest
{
    [TestCase(408)]
    [TestCase(409)]
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task CreateConnectionIsNotRetriedAfterAStatusThatMayFollowProcessing(int status)
    {
        var server = await ServeAsync(Status(status), Respond(202, ConnectionJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateConnectionAsync(NewConnection()));

        Assert.That(error, Is.InstanceOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(status));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("may create a duplicate"));
    }

    [Test]
    public async Task CreateConnectionIsRetriedAfter429BecauseTheServerDidNotProcessIt()
    {
        var server = await ServeAsync(Status(429), Respond(202, ConnectionJson));
        CreateConnectionResponse? result = null;

        var error = await CallAsync(async () => result = await Deck(server.BaseUri).CreateConnectionAsync(NewConnection()));

        Assert.That(error, Is.Null);
        Assert.That(result!.AccessToken, Is.EqualTo(AccessToken));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task CreateConnectionIsRetriedWhenTheConnectionIsRefusedBeforeSending()
    {
        var baseUri = new Uri($"http://127.0.0.1:{FaultServer.FreePort()}/");

        var error = await CallAsync(() => Deck(baseUri).CreateConnectionAsync(NewConnection()));

        Assert.That(error, Is.TypeOf<HttpRequestException>());
        Assert.That(Logs.Named("AttemptSending"), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task CreateConnectionIsNotRetriedWhenTheConnectionDropsAfterSending()
    {
        var server = await ServeAsync(Reset(), Respond(202, ConnectionJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateConnectionAsync(NewConnection()));

        Assert.That(error, Is.TypeOf<HttpRequestException>());
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateConnectionIsNotRetriedAfterAnAttemptTimeout()
    {
        var server = await ServeAsync(HangBeforeHeaders(), Respond(202, ConnectionJson));
        var deck = Deck(server.BaseUri);

        var call = CallAsync(() => deck.CreateConnectionAsync(NewConnection()));
        await server.ReceivedAsync(1);
        Clock.Advance(TimeSpan.FromSeconds(2)); // Fast()'s attempt timeout
        var error = await call;

        Assert.That(error, Is.TypeOf<RequestTimeoutException>().With.Property(nameof(RequestTimeoutException.Attempts)).EqualTo(1));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("may create a duplicate"));
    }

    [Test]
    public async Task CreateConnectionWithAnIdempotencyKeyIsRetriedAndSendsTheSameKeyEveryTime()
    {
        var server = await ServeAsync(Status(503), Reset(), Respond(202, ConnectionJson));
        var options = new RequestOptions { IdempotencyKey = "conn-7d1f0c2e" };

        var error = await CallAsync(() => Deck(server.BaseUri).CreateConnectionAsync(NewConnection(), options));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests.Select(r => r.Header("idempotency-key")), Is.EqualTo(new[] { "conn-7d1f0c2e", "conn-7d1f0c2e", "conn-7d1f0c2e" }));
        Assert.That(server.Requests.Select(r => r.Header("x-tokenmint-retry-count")), Is.EqualTo(new[] { "0", "1", "2" }));
    }

    [Test]
    public async Task TheGeneratedClientsStampEachOperationsRetryClassFromItsOverlay()
    {
        var seen = new RecordingHandler();
        var deck = new DeckClient(DeckOptions(new Uri("http://127.0.0.1:1/")), new HttpClient(seen));

        await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest());
        await deck.CreateConnectionAsync(NewConnection());

        Assert.That(seen.RetryClasses, Is.EqualTo(new TokenMint.Http.RetrySafety?[] { TokenMint.Http.RetrySafety.Safe, TokenMint.Http.RetrySafety.Unsafe }));
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task EveryVendorsTokenMintIsSafeToRetry(Vendor vendor)
    {
        var server = await ServeAsync(Reset(), Respond(200, vendor.OkJson));

        var error = await CallAsync(() => vendor.MintAsync(Fast, server.BaseUri, ApiKey));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }
}
