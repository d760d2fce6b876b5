using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class OptionsTests : FaultTest
{
    [Test]
    public void DefaultsAreTwoRetriesHalfASecondDoublingToEightSecondsAndTheDocumentedLimits()
    {
        var options = new DeckClientOptions();

        Assert.That(options.MaxRetries, Is.EqualTo(2));
        Assert.That(options.InitialRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(0.5)));
        Assert.That(options.MaxRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(8)));
        Assert.That(options.MaxRetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.OverallTimeout, Is.EqualTo(TimeSpan.FromMinutes(2)));
        Assert.That(options.MaxResponseSize, Is.EqualTo(1024 * 1024));
        Assert.That(options.LoggerFactory, Is.Null);
        Assert.That(options.TimeProvider, Is.Null);
    }

    [Test]
    public void TheOptionsBindFromConfigurationAsTheDocsShow()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(
                """{ "Deck": { "ClientId": "id", "MaxRetries": 4, "AttemptTimeout": "00:00:10", "OverallTimeout": "00:00:45" } }""")))
            .Build();
        var options = new DeckClientOptions();

        configuration.GetSection("Deck").Bind(options);

        Assert.That(options.MaxRetries, Is.EqualTo(4));
        Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(options.OverallTimeout, Is.EqualTo(TimeSpan.FromSeconds(45)));
        Assert.That(options.InitialRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(0.5)));
    }

    [TestCase(1, 0.0, 500)]
    [TestCase(2, 0.0, 1000)]
    [TestCase(3, 0.0, 2000)]
    [TestCase(4, 0.0, 4000)]
    [TestCase(5, 0.0, 8000)]
    [TestCase(9, 0.0, 8000)]
    [TestCase(1, 1.0, 375)]
    [TestCase(5, 1.0, 6000)]
    public void BackOffStartsAtTheInitialDelayDoublesIsCappedAndLosesUpToAQuarterToJitter(int retry, double jitter, int expectedMs)
    {
        var delay = RetryDelay.Backoff(retry, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(8), jitter);

        Assert.That(delay.TotalMilliseconds, Is.EqualTo(expectedMs).Within(0.001));
    }

    [Test]
    public async Task TheDefaultBackOffWaitsAboutHalfASecondThenOneSecondOnTheClientsClock()
    {
        var server = await ServeAsync(Status(503), Status(503), Respond(200, LinkTokenJson));
        var options = new DeckClientOptions { ClientId = ClientId, Secret = Secret, BaseUri = server.BaseUri, TimeProvider = Clock, LoggerFactory = Logs.Factory };

        var error = await CallAsync(() => new DeckClient(options).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        var waits = RetryWaits();
        Assert.That(waits, Has.Length.EqualTo(2));
        Assert.That(waits[0].TotalMilliseconds, Is.InRange(375, 500));
        Assert.That(waits[1].TotalMilliseconds, Is.InRange(750, 1000));
        var attempt = TimeSpan.FromSeconds(30);
        Assert.That(Clock.Timers, Is.EqualTo(new[] { attempt, waits[0], attempt, waits[1], attempt }), "the default 30 s deadline for each attempt");
    }

    [Test]
    public void ABadSettingIsRejectedWhenTheClientIsCreatedNamingTheOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DeckClient(DeckOptions(new Uri("http://127.0.0.1:1/"), o => o.MaxRetries = -1)));

        Assert.That(error!.ParamName, Is.EqualTo("DeckClientOptions.MaxRetries"));
    }

    [Test]
    public void AZeroTimeoutIsRejectedButAnInfiniteOneTurnsTheLimitOff()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeckClient(DeckOptions(new Uri("http://127.0.0.1:1/"), o => o.AttemptTimeout = TimeSpan.Zero)));
        Assert.DoesNotThrow(() => new DeckClient(DeckOptions(new Uri("http://127.0.0.1:1/"), o => o.OverallTimeout = Timeout.InfiniteTimeSpan)));
    }

    [Test]
    public async Task OptionsChangedAfterTheClientIsCreatedHaveNoEffect()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        var options = DeckOptions(server.BaseUri);
        var deck = new DeckClient(options);
        options.MaxRetries = 0;

        var error = await CallAsync(() => deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task AClientGivenItsOwnHttpClientMakesOneAttemptAndAddsNoRetryHeader()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        using var http = new System.Net.Http.HttpClient();
        var deck = new DeckClient(DeckOptions(server.BaseUri), http);

        var error = await CallAsync(() => deck.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>());
        Assert.That(server.Requests.Single().Header("x-tokenmint-retry-count"), Is.Null);
    }
}
