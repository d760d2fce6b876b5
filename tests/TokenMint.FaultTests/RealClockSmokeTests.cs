using System;
using System.Diagnostics;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>
/// The only tests on the system clock (no TimeProvider set, as in production): a retry wait and each kind of timeout
/// really happen in real time. Every other test runs on a fake clock. Timers never fire early, so the lower bounds are
/// tight; the upper bound is generous (many times the wait) so a busy machine cannot fail them, and only catches a wait
/// that is off by orders of magnitude or never ends.
/// </summary>
public class RealClockSmokeTests : FaultTest
{
    private static readonly TimeSpan GenerousBound = TimeSpan.FromSeconds(15);

    // How much earlier than its due time a timer may appear to fire, measured with a Stopwatch.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(30);

    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Test]
    public async Task ARetryAfterIsWaitedOnTheSystemClock()
    {
        var server = await ServeAsync(Status(429, ("retry-after-ms", "300")), Respond(200, LinkTokenJson));

        var (error, elapsed) = await TimeOnTheSystemClockAsync(() => Deck(server.BaseUri, o => o.TimeProvider = null).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(Short - TimerSlack).And.LessThan(GenerousBound));
    }

    [Test]
    public async Task AnAttemptTimeoutFiresOnTheSystemClock()
    {
        var server = await ServeAsync(HangBeforeHeaders());

        var (error, elapsed) = await TimeOnTheSystemClockAsync(() =>
            Deck(server.BaseUri, o => (o.TimeProvider, o.AttemptTimeout, o.MaxRetries) = (null, Short, 0)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<RequestTimeoutException>().With.Property(nameof(RequestTimeoutException.Limit)).EqualTo(TimeoutLimit.Attempt));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(Short - TimerSlack).And.LessThan(GenerousBound));
    }

    [Test]
    public async Task TheOverallTimeoutFiresOnTheSystemClock()
    {
        var server = await ServeAsync(HangBeforeHeaders());

        var (error, elapsed) = await TimeOnTheSystemClockAsync(() =>
            Deck(server.BaseUri, o => (o.TimeProvider, o.OverallTimeout) = (null, Short)).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<RequestTimeoutException>().With.Property(nameof(RequestTimeoutException.Limit)).EqualTo(TimeoutLimit.Overall));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(Short - TimerSlack).And.LessThan(GenerousBound));
    }

    private static async Task<(Exception? Error, TimeSpan Elapsed)> TimeOnTheSystemClockAsync(Func<Task> call)
    {
        var stopwatch = Stopwatch.StartNew();
        var error = await CallAsync(call);
        return (error, stopwatch.Elapsed);
    }
}
