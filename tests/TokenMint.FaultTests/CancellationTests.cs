using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>
/// The caller cancels at a point a gate marks. The client's clock never moves, so no timeout or wait can end these calls:
/// only the cancellation can, and a call that ignored it would never end (the hang guard fails the test).
/// </summary>
public class CancellationTests : FaultTest
{
    [Test]
    public async Task CancellingDuringAnAttemptSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(HangBeforeHeaders());
        using var caller = new CancellationTokenSource();

        var call = CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));
        await server.ReceivedAsync(1);
        caller.Cancel();
        var error = await call;

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
    }

    [Test]
    public async Task CancellingDuringABackOffWaitSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(Status(503));
        using var caller = new CancellationTokenSource();
        HoldRetryWaits();

        var call = CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));
        await NextRetryWaitAsync();
        caller.Cancel();
        var error = await call;

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CancellingWhileTheBodyStallsSurfacesAtOnceWithTheCallersToken()
    {
        var server = await ServeAsync(StallMidBody(200, "{\"link_token\": \"link-"));
        using var caller = new CancellationTokenSource();

        var call = CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));
        await LoggedAsync("AttemptResponded"); // the status line is in: the client is reading the body that stalls
        caller.Cancel();
        var error = await call;

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
    }

    [Test]
    public async Task AnAlreadyCancelledCallSendsNothing()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
        Assert.That(server.Requests, Is.Empty);
    }
}
