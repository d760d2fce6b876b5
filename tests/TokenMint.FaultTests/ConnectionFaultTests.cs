using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class ConnectionFaultTests : FaultTest
{
    [Test]
    public async Task ARefusedConnectionIsRetriedThenReportedAsHttpRequestException()
    {
        var baseUri = new Uri($"http://127.0.0.1:{FaultServer.FreePort()}/");

        var error = await CallAsync(() => Deck(baseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<HttpRequestException>());
        Assert.That(((HttpRequestException)error!).HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        Assert.That(Logs.Named("AttemptSending"), Has.Length.EqualTo(3));
#if LIBRARY_NETSTANDARD
        // The netstandard2.0 build cannot read HttpRequestException.HttpRequestError (.NET 8), so the log names the type alone.
        Assert.That(Logs.Named("RetryScheduled").Select(e => e.Message), Has.All.Contain("after HttpRequestException in"));
#else
        Assert.That(Logs.Named("RetryScheduled").Select(e => e.Message), Has.All.Contain("HttpRequestException (ConnectionError)"));
#endif
    }

    [Test]
    public async Task ARefusedConnectionIsRetriedUntilTheServerComesUp()
    {
        var port = FaultServer.FreePort();
        var deck = Deck(new Uri($"http://127.0.0.1:{port}/"));
        CreateLinkTokenResponse? result = null;
        HoldRetryWaits();

        var call = CallAsync(async () => result = await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        var wait = await NextRetryWaitAsync();
        // The first attempt was refused and the client waits: bring the server up on that port, then let the wait end.
        var server = await ServeAsync(port, Respond(200, LinkTokenJson));
        Clock.Advance(wait);
        var error = await call;

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(server.Requests.Single().Header("x-tokenmint-retry-count"), Is.EqualTo("1"));
    }

    [Test]
    public async Task AConnectionResetBeforeTheResponseIsRetriedForATokenMint()
    {
        var server = await ServeAsync(Reset(), Reset(), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task ConnectionsThatKeepResettingEndInHttpRequestExceptionAfterAllAttempts()
    {
        var server = await ServeAsync(Reset());

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<HttpRequestException>());
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task AConnectionBrokenMidBodyIsRetriedForATokenMint()
    {
        var server = await ServeAsync(BreakMidBody(200, "{\"link_token\": \"link-"), Respond(200, LinkTokenJson));
        CreateLinkTokenResponse? result = null;

        var error = await CallAsync(async () => result = await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }
}
