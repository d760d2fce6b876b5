using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class StatusRetryTests : FaultTest
{
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task ServerErrorsAreRetriedUntilTheServerRecovers(int status)
    {
        var server = await ServeAsync(Status(status), Status(status), Respond(200, LinkTokenJson));
        CreateLinkTokenResponse? result = null;

        var error = await CallAsync(async () => result = await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(server.Requests.Select(r => r.Header("x-tokenmint-retry-count")), Is.EqualTo(new[] { "0", "1", "2" }));
    }

    [TestCase(408)]
    [TestCase(409)]
    [TestCase(429)]
    public async Task TimeoutConflictAndRateLimitStatusesAreRetried(int status)
    {
        var server = await ServeAsync(Status(status), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RetriesStopAfterMaxRetriesAndTheLastErrorReachesTheCaller()
    {
        var server = await ServeAsync(Status(503));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(503));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("no retries left (MaxRetries = 2)"));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(422)]
    public async Task ClientErrorsAreNeverRetried(int status)
    {
        var server = await ServeAsync(Status(status), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.InstanceOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(status));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(Logs.Named("RetryScheduled"), Is.Empty);
    }

    [Test]
    public async Task MaxRetriesZeroMakesOneAttemptWhichIsStillNumberedZero()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.MaxRetries = 0).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(503));
        Assert.That(server.Requests.Single().Header("x-tokenmint-retry-count"), Is.EqualTo("0"));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("retries are off (MaxRetries = 0)"));
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task EveryVendorRetriesAServerErrorAndNumbersItsAttempts(Vendor vendor)
    {
        var server = await ServeAsync(Status(503), Respond(200, vendor.OkJson));

        var error = await CallAsync(() => vendor.MintAsync(Fast, server.BaseUri, ApiKey));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests.Select(r => r.Header("x-tokenmint-retry-count")), Is.EqualTo(new[] { "0", "1" }));
        Assert.That(server.Requests.Select(r => r.Header(vendor.CredentialHeader)), Has.All.Not.Null);
    }
}
