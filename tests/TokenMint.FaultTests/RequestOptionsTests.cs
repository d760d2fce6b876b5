using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class RequestOptionsTests : FaultTest
{
    [Test]
    public async Task ExtraHeadersAreSentOnEveryAttempt()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        var options = new RequestOptions { Headers = { ["x-trace-id"] = "trace-42" } };

        await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), options);

        Assert.That(server.Requests.Select(r => r.Header("x-trace-id")), Is.EqualTo(new[] { "trace-42", "trace-42" }));
    }

    [Test]
    public async Task AnIdempotencyKeyOnATokenMintIsSentAsGiven()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));

        await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), new RequestOptions { IdempotencyKey = "mint-1" });

        Assert.That(server.Requests.Single().Header("Idempotency-Key"), Is.EqualTo("mint-1"));
    }

    [Test]
    public async Task ACallWithoutRequestOptionsSendsNoIdempotencyKey()
    {
        var server = await ServeAsync(Respond(202, ConnectionJson));

        await Deck(server.BaseUri).CreateConnectionAsync(NewConnection(), requestOptions: null);

        Assert.That(server.Requests.Single().Header("Idempotency-Key"), Is.Null);
    }

    [TestCase("x-deck-secret")]
    [TestCase("X-Deck-Client-Id")]
    [TestCase("Accept")]
    [TestCase("Content-Type")]
    [TestCase("Authorization")]
    [TestCase("Idempotency-Key")]
    [TestCase("x-tokenmint-retry-count")]
    public async Task AnExtraHeaderCannotReplaceOneTheClientSets(string name)
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var options = new RequestOptions { Headers = { [name] = "attacker-value" } };

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), options));

        Assert.That(error, Is.InstanceOf<ArgumentException>().With.Message.Contain(name));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task AHeaderValueWithALineBreakIsRefused()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var options = new RequestOptions { Headers = { ["x-note"] = "a\r\nx-injected: 1" } };

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), options));

        Assert.That(error, Is.InstanceOf<ArgumentException>());
        Assert.That(server.Requests, Is.Empty);
    }

    [TestCase("a\r\nx-injected: 1", 1)]
    [TestCase("trace-42\n", 8)]
    [TestCase("trace\t42", 5)]
    [TestCase("trace\u000042", 5)]
    [TestCase("tr\u00e9ce-42", 2)]
    public async Task AnExtraHeaderValueThatCannotBeSentIsRefusedNamingTheHeaderAndPositionBeforeTheNetwork(string value, int position)
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var options = new RequestOptions { Headers = { ["x-note"] = value } };

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), options));

        Assert.That(error, Is.TypeOf<ArgumentException>());
        Assert.That(error!.Message, Does.Contain("RequestOptions.Headers[\"x-note\"]").And.Contain($"position {position}"));
        Assert.That(error.Message, Does.Not.Contain("injected").And.Not.Contain("42"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task AnIdempotencyKeyThatCannotBeSentIsRefusedBeforeTheNetwork()
    {
        var server = await ServeAsync(Respond(202, ConnectionJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateConnectionAsync(NewConnection(), new RequestOptions { IdempotencyKey = "order-\u00e9-17" }));

        Assert.That(error, Is.TypeOf<ArgumentException>().With.Message.Contain("RequestOptions.IdempotencyKey").And.Message.Contain("position 6"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task AnEmptyIdempotencyKeyIsRefused()
    {
        var server = await ServeAsync(Respond(202, ConnectionJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateConnectionAsync(NewConnection(), new RequestOptions { IdempotencyKey = " " }));

        Assert.That(error, Is.InstanceOf<ArgumentException>().With.Message.Contain("IdempotencyKey"));
        Assert.That(server.Requests, Is.Empty);
    }
}
