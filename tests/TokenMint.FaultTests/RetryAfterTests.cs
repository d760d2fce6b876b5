using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class RetryAfterTests : FaultTest
{
    [Test]
    public async Task RetryAfterInSecondsIsWaitedOnTheClientsClock()
    {
        var server = await ServeAsync(Status(429, ("Retry-After", "30")), Respond(200, LinkTokenJson));
        HoldRetryWaits();

        var call = CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = TimeSpan.FromMinutes(2)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        var wait = await NextRetryWaitAsync();
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Clock.Advance(wait);
        var error = await call;

        Assert.That(wait, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(error, Is.Null);
        Assert.That(ScheduledDelays(), Is.EqualTo(new[] { 30_000L }));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RetryAfterAsAnHttpDateIsWaitedUntilThatDate()
    {
        var date = Clock.GetUtcNow().AddSeconds(20).ToString("r", CultureInfo.InvariantCulture);
        var server = await ServeAsync(Status(503, ("Retry-After", date)), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = TimeSpan.FromMinutes(2)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(RetryWaits(), Is.EqualTo(new[] { TimeSpan.FromSeconds(20) }));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RetryAfterMsIsPreferredToRetryAfterAndKeepsItsMilliseconds()
    {
        var server = await ServeAsync(Status(429, ("retry-after-ms", "1500"), ("Retry-After", "2")), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = TimeSpan.FromMinutes(2)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(RetryWaits(), Is.EqualTo(new[] { TimeSpan.FromMilliseconds(1500) }));
    }

    [Test]
    public async Task ARetryAfterLongerThanTheLimitFailsAtOnceWithTheRequestedWait()
    {
        var server = await ServeAsync(Status(429, ("Retry-After", "120"), ("x-request-id", "req-429")), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var tooLong = error as RetryAfterTooLongException;
        Assert.That(tooLong, Is.Not.Null, error?.ToString());
        Assert.That(tooLong!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
        Assert.That(tooLong.MaxRetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(tooLong.StatusCode, Is.EqualTo(429));
        Assert.That(tooLong.RequestId, Is.EqualTo("req-429"));
        Assert.That(tooLong.Message, Does.Contain("retry after 2 min").And.Contain("MaxRetryAfter (60 s)"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Clock.Elapsed, Is.EqualTo(TimeSpan.Zero), "it failed without waiting");
    }

    [Test]
    public async Task ARaisedRetryAfterLimitLetsTheClientWaitLonger()
    {
        var server = await ServeAsync(Status(503, ("Retry-After", "120")), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o =>
        {
            o.MaxRetryAfter = TimeSpan.FromMinutes(5);
            o.OverallTimeout = TimeSpan.FromMinutes(10);
        }).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(RetryWaits(), Is.EqualTo(new[] { TimeSpan.FromMinutes(2) }));
    }

    [Test]
    public async Task ARetryAfterThatWouldOutlastTheOverallTimeoutReturnsTheServersAnswerAtOnce()
    {
        var server = await ServeAsync(Status(503, ("Retry-After", "5")), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = TimeSpan.FromSeconds(1)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(503));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("overall timeout would pass"));
        Assert.That(Clock.Elapsed, Is.EqualTo(TimeSpan.Zero), "it answered without waiting");
    }

    // Fast(): back-off from 20 ms, doubling, capped at 100 ms, less up to 25 % jitter.
    [TestCase("Retry-After", "0")]
    [TestCase("Retry-After", "-5")]
    [TestCase("Retry-After", "soon")]
    [TestCase("Retry-After", "Sat, 01 Jan 2000 00:00:00 GMT", TestName = "ARetryAfterDateInThePastGetsTheComputedBackOff")]
    [TestCase("retry-after-ms", "0")]
    [TestCase("retry-after-ms", "-250")]
    public async Task ARetryAfterAskingForNoWaitGetsTheComputedBackOff(string header, string value)
    {
        var server = await ServeAsync(Status(503, (header, value)), Status(503, (header, value)), Status(503, (header, value)), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.MaxRetries = 10).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        var waits = RetryWaits();
        Assert.That(waits, Has.Length.EqualTo(3));
        Assert.That(waits[0].TotalMilliseconds, Is.InRange(15, 20));
        Assert.That(waits[1].TotalMilliseconds, Is.InRange(30, 40));
        Assert.That(waits[2].TotalMilliseconds, Is.InRange(60, 80));
        Assert.That(server.Requests, Has.Count.EqualTo(4));
    }

    [TestCase("Retry-After", "99999999999")]
    [TestCase("Retry-After", "99999999999999999999999")]
    [TestCase("retry-after-ms", "1e400")]
    [TestCase("retry-after-ms", "99999999999999999999999")]
    public async Task ARetryAfterTooLargeToRepresentFailsAsTooLongWithoutAnotherAttempt(string header, string value)
    {
        var server = await ServeAsync(Status(503, (header, value)), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var tooLong = error as RetryAfterTooLongException;
        Assert.That(tooLong, Is.Not.Null, error?.ToString());
        Assert.That(tooLong!.RetryAfter, Is.GreaterThan(TimeSpan.FromDays(365)));
        Assert.That(tooLong.StatusCode, Is.EqualTo(503));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
    }
}
