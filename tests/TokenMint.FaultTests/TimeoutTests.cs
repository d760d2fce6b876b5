using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class TimeoutTests : FaultTest
{
    private static readonly TimeSpan ShortAttempt = TimeSpan.FromMilliseconds(250);

    [Test]
    public async Task AServerThatNeverAnswersTimesOutEachAttemptThenReportsTheAttemptLimit()
    {
        var server = await ServeAsync(HangBeforeHeaders());

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Attempt));
        Assert.That(timeout.Timeout, Is.EqualTo(ShortAttempt));
        Assert.That(timeout.Attempts, Is.EqualTo(3));
        Assert.That(timeout, Is.InstanceOf<TimeoutException>());
        Assert.That(timeout.Message, Does.Contain("per-attempt timeout of 250 ms"));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(3 * ShortAttempt - TimerSlack).And.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task ABodyThatStallsMidwayTimesOutTheAttemptAndIsRetried()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"), Respond(200, LinkTokenJson));
        CreateLinkTokenResponse? result = null;

        var (error, elapsed) = await TimeAsync(async () =>
            result = await Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(ShortAttempt - TimerSlack).And.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task ABodyThatAlwaysStallsEndsInTheAttemptTimeout()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"));

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<RequestTimeoutException>().With.Property(nameof(RequestTimeoutException.Limit)).EqualTo(TimeoutLimit.Attempt));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task TheOverallTimeoutEndsTheCallWhateverTheAttemptTimeout()
    {
        var server = await ServeAsync(HangBeforeHeaders());
        var overall = TimeSpan.FromMilliseconds(400);

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = overall).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Overall));
        Assert.That(timeout.Timeout, Is.EqualTo(overall));
        Assert.That(timeout.Attempts, Is.EqualTo(1));
        Assert.That(timeout.Message, Does.Contain("overall timeout of 400 ms"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(overall - TimerSlack).And.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task TheOverallTimeoutCountsAttemptsAndWaitsTogether()
    {
        var server = await ServeAsync(HangBeforeHeaders());

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 10;
            o.OverallTimeout = TimeSpan.FromMilliseconds(700);
        }).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<RequestTimeoutException>());
        Assert.That(server.Requests, Has.Count.InRange(2, 4));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task AClockThatPassesTheOverallTimeoutDuringAWaitEndsTheCallBeforeAnotherAttempt()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
        // The wait was shorter than the time left when scheduled; the clock then jumps past the overall limit (a suspended VM, say).
        Logs.Written += entry =>
        {
            if (entry.EventName == "RetryScheduled")
                clock.Advance(TimeSpan.FromMinutes(5));
        };
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));

        var (error, _) = await TimeAsync(() => Deck(server.BaseUri, o =>
        {
            o.TimeProvider = clock;
            o.OverallTimeout = TimeSpan.FromMinutes(2);
        }).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Overall));
        Assert.That(timeout.Attempts, Is.EqualTo(1));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void TheSdksHttpClientLeavesTimingToTheRetryHandler()
    {
        using var client = TokenMintHttpClient.Create(DeckOptions(new Uri("http://127.0.0.1:1/")));

        Assert.That(client.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public async Task AnAttemptTimeoutOnTheFakeClockFiresWithoutWaitingInRealTime()
    {
        var clock = FakeClockThatSkipsRetryWaits();
        var server = await ServeAsync(HangBeforeHeaders(), Respond(200, LinkTokenJson));
        Logs.Written += entry =>
        {
            // The first attempt is on the wire: move the client's clock past its timeout.
            if (entry.EventName == "AttemptSending" && entry.Values["Attempt"] is 1)
                _ = Task.Delay(100).ContinueWith(_ => clock.Advance(TimeSpan.FromSeconds(30)), TaskScheduler.Default);
        };

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri, o =>
        {
            o.TimeProvider = clock;
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.OverallTimeout = TimeSpan.FromMinutes(2);
        }).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(Logs.Named("RetryScheduled")[0].Message, Does.Contain("attempt timeout"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}
