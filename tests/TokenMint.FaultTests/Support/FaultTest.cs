using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using TokenMint.Deck;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// Base of every fault test: secrets and minted tokens with recognisable values, a log capture, fast retry settings,
/// and a check after each test that nothing logged carries a secret or a token.
/// </summary>
public abstract class FaultTest
{
    protected const string ClientId = "deck-client-FAULT-0a1b2c3d";
    protected const string Secret = "deck-secret-FAULT-5e4d3c2b1a09f8e7d6c5";
    protected const string ApiKey = "api-key-FAULT-9a8b7c6d5e4f3a2b1c0d";
    protected const string LinkToken = "link-FAULT-3f9c2a7e5b1d4c8e9a2f7d6e5c4b3a21";
    protected const string AccessToken = "access-FAULT-7c2e4a9b1d3f5e6a8b0c2d4e6f8a0b1c";

    protected static readonly string LinkTokenJson = $"{{\"link_token\": \"{LinkToken}\"}}";

    protected static readonly string ConnectionJson = $$"""
        {"connection_id": "0b6f3c9e-2d7a-4f1b-8e5c-9a4d3b2c1e0f", "status": "PENDING", "source_id": "5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8",
         "auth_method": "credentials", "access_token": "{{AccessToken}}", "created_at": 1763900000123, "updated_at": 1763900000123}
        """;

    /// <summary>How much earlier than its due time a timer may appear to fire, measured with a Stopwatch.</summary>
    protected static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(30);

    private readonly List<IAsyncDisposable> _servers = [];

    /// <summary>Everything the SDK logged during the test.</summary>
    protected LogCapture Logs { get; private set; } = null!;

    protected static IEnumerable<string> Secrets => [Secret, ApiKey, LinkToken, AccessToken];

    [SetUp]
    public void StartLogCapture() => Logs = new LogCapture();

    [TearDown]
    public async Task NothingLoggedCarriesASecretOrAToken()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        _servers.Clear();
        var text = Logs.Text;
        Logs.Dispose();
        foreach (var secret in Secrets)
            Assert.That(text, Does.Not.Contain(secret), "The log leaked a secret or a minted token.");
    }

    /// <summary>Starts a server that the test disposes of when it ends.</summary>
    protected async Task<FaultServer> ServeAsync(params Fault[] script)
    {
        var server = await FaultServer.StartAsync(script);
        _servers.Add(server);
        return server;
    }

    protected async Task<FaultServer> ServeAsync(int port, params Fault[] script)
    {
        var server = await FaultServer.StartAsync(port, script);
        _servers.Add(server);
        return server;
    }

    /// <summary>Sets fast test values on any client's options: 2 retries, 20 ms back-off capped at 100 ms, 2 s per attempt, 10 s in all.</summary>
    protected T Fast<T>(T options, Action<T>? configure = null)
        where T : ClientOptions
    {
        options.InitialRetryDelay = TimeSpan.FromMilliseconds(20);
        options.MaxRetryDelay = TimeSpan.FromMilliseconds(100);
        options.AttemptTimeout = TimeSpan.FromSeconds(2);
        options.OverallTimeout = TimeSpan.FromSeconds(10);
        options.LoggerFactory = Logs.Factory;
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Deck options for <paramref name="baseUri"/> with <see cref="Fast{T}"/> values.</summary>
    protected DeckClientOptions DeckOptions(Uri baseUri, Action<DeckClientOptions>? configure = null) =>
        Fast(new DeckClientOptions { ClientId = ClientId, Secret = Secret, BaseUri = baseUri }, configure);

    protected DeckClient Deck(Uri baseUri, Action<DeckClientOptions>? configure = null) => new(DeckOptions(baseUri, configure));

    protected static CreateConnectionRequest NewConnection() =>
        new() { SourceId = Guid.Parse("5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8"), AuthMethod = "credentials" };

    /// <summary>
    /// A fake clock that moves forward by exactly each retry's delay as soon as the SDK schedules it, so a test waits
    /// seconds of client time in no real time. Timeouts on it never fire unless the test advances it.
    /// </summary>
    protected FakeTimeProvider FakeClockThatSkipsRetryWaits()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
        Logs.Written += entry =>
        {
            if (entry.EventName == "RetryScheduled")
                clock.Advance(TimeSpan.FromMilliseconds(Convert.ToInt64(entry.Values["DelayMs"], CultureInfo.InvariantCulture)));
        };
        return clock;
    }

    /// <summary>The delays, in ms, of the retries the SDK scheduled.</summary>
    protected long[] ScheduledDelays() =>
        Logs.Named("RetryScheduled").Select(e => Convert.ToInt64(e.Values["DelayMs"], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Runs <paramref name="call"/> and returns what it threw (null if nothing) and how long it took.</summary>
    protected static async Task<(Exception? Error, TimeSpan Elapsed)> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await call();
            return (null, clock.Elapsed);
        }
        catch (Exception error)
        {
            return (error, clock.Elapsed);
        }
    }

    /// <summary>Asserts that neither the exception's message nor its full text carries a secret or a minted token.</summary>
    protected static void AssertCarriesNoSecret(Exception error)
    {
        foreach (var secret in Secrets)
        {
            Assert.That(error.Message, Does.Not.Contain(secret));
            Assert.That(error.ToString(), Does.Not.Contain(secret));
        }
    }
}
