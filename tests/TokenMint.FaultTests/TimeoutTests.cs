using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>
/// Timeouts on the client's fake clock: the test waits until an attempt is on the wire (a gate), then moves the clock past
/// its deadline, and checks the timers the SDK armed; RealClockSmokeTests does it once on the system clock.
/// </summary>
public class TimeoutTests : FaultTest
{
    private static readonly TimeSpan ShortAttempt = TimeSpan.FromMilliseconds(250);

    [Test]
    public async Task AServerThatNeverAnswersTimesOutEachAttemptThenReportsTheAttemptLimit()
    {
        var server = await ServeAsync(HangBeforeHeaders());

        var call = CallAsync(() => Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await server.ReceivedAsync(attempt);
            Clock.Advance(ShortAttempt);
        }
        var error = await call;

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Attempt));
        Assert.That(timeout.Timeout, Is.EqualTo(ShortAttempt));
        Assert.That(timeout.Attempts, Is.EqualTo(3));
        Assert.That(timeout.Message, Does.Contain("per-attempt timeout of 250 ms"));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        var waits = RetryWaits();
        Assert.That(Clock.Timers, Is.EqualTo(new[] { ShortAttempt, waits[0], ShortAttempt, waits[1], ShortAttempt }), "each attempt's deadline, and the waits between");
    }

    [Test]
    public async Task ABodyThatStallsMidwayTimesOutTheAttemptAndIsRetried()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"), Respond(200, LinkTokenJson));
        var deck = Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt);
        CreateLinkTokenResponse? result = null;

        var call = CallAsync(async () => result = await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        await LoggedAsync("AttemptResponded"); // the status line is in: the client is reading the body that stalls
        Clock.Advance(ShortAttempt);
        var error = await call;

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(Logs.Named("RetryScheduled")[0].Message, Does.Contain("after attempt timeout"));
    }

    [Test]
    public async Task ABodyThatAlwaysStallsEndsInTheAttemptTimeout()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"));

        var call = CallAsync(() => Deck(server.BaseUri, o => o.AttemptTimeout = ShortAttempt).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await LoggedAsync("AttemptResponded", attempt);
            Clock.Advance(ShortAttempt);
        }
        var error = await call;

        Assert.That(error, Is.TypeOf<RequestTimeoutException>().With.Property(nameof(RequestTimeoutException.Limit)).EqualTo(TimeoutLimit.Attempt));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TheOverallTimeoutEndsTheCallWhateverTheAttemptTimeout()
    {
        var server = await ServeAsync(HangBeforeHeaders());
        var overall = TimeSpan.FromMilliseconds(400);

        var call = CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = overall).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        await server.ReceivedAsync(1);
        Assert.That(Clock.Timers, Is.EqualTo(new[] { overall }), "the attempt's deadline is the overall limit, not its own 2 s");
        Clock.Advance(overall);
        var error = await call;

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Overall));
        Assert.That(timeout.Timeout, Is.EqualTo(overall));
        Assert.That(timeout.Attempts, Is.EqualTo(1));
        Assert.That(timeout.Message, Does.Contain("overall timeout of 400 ms"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task TheOverallTimeoutCountsAttemptsAndWaitsTogether()
    {
        var server = await ServeAsync(HangBeforeHeaders());
        var attemptTimeout = TimeSpan.FromMilliseconds(300);
        var overall = TimeSpan.FromMilliseconds(700);

        var call = CallAsync(() => Deck(server.BaseUri, o =>
        {
            o.AttemptTimeout = attemptTimeout;
            o.OverallTimeout = overall;
            o.MaxRetries = 10;
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(20); // each wait 15 to 20 ms: two full attempts and their waits leave 60 to 70 ms
        }).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await server.ReceivedAsync(attempt);
            Clock.Advance(Clock.LastArmed); // this attempt's deadline
        }
        var error = await call;

        var timeout = error as RequestTimeoutException;
        Assert.That(timeout, Is.Not.Null, error?.ToString());
        Assert.That(timeout!.Limit, Is.EqualTo(TimeoutLimit.Overall));
        Assert.That(timeout.Attempts, Is.EqualTo(3));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        var waits = RetryWaits();
        var left = overall - (2 * attemptTimeout) - waits[0] - waits[1];
        Assert.That(Clock.Timers, Is.EqualTo(new[] { attemptTimeout, waits[0], attemptTimeout, waits[1], left }), "the third attempt gets what is left");
        Assert.That(Clock.Elapsed, Is.EqualTo(overall));
    }

    [Test]
    public async Task AClockThatPassesTheOverallTimeoutDuringAWaitEndsTheCallBeforeAnotherAttempt()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        HoldRetryWaits();

        var call = CallAsync(() => Deck(server.BaseUri, o => o.OverallTimeout = TimeSpan.FromMinutes(2)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));
        await NextRetryWaitAsync();
        // The wait was shorter than the time left when scheduled; the clock then jumps past the overall limit (a suspended VM, say).
        Clock.Advance(TimeSpan.FromMinutes(5));
        var error = await call;

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
}
