using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class CancellationTests : FaultTest
{
    [Test]
    public async Task CancellingDuringAnAttemptSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(HangBeforeHeaders());
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task CancellingDuringABackOffWaitSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(Status(503));
        using var caller = new CancellationTokenSource();
        Logs.Written += entry =>
        {
            if (entry.EventName == "RetryScheduled")
                caller.CancelAfter(TimeSpan.FromMilliseconds(100));
        };

        var (error, elapsed) = await TimeAsync(() =>
            Deck(server.BaseUri, o => (o.InitialRetryDelay, o.MaxRetryDelay) = (TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5))).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task CancellingWhileTheBodyStallsSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"));
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var (error, elapsed) = await TimeAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task AnAlreadyCancelledCallSendsNothing()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        var (error, _) = await TimeAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Is.Empty);
    }
}
