using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Channels;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// Base of every fault test: secrets and minted tokens with recognisable values, a log capture, a fake clock for the
/// clients with gates to drive it, test retry settings, and a check after each test that nothing logged carries a secret or a token.
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

    private readonly List<IAsyncDisposable> _servers = [];
    private readonly List<TimeSpan> _retryWaits = [];
    private Channel<TimeSpan>? _heldWaits;

    /// <summary>Everything the SDK logged during the test.</summary>
    protected LogCapture Logs { get; private set; } = null!;

    /// <summary>
    /// The clients' clock (<see cref="Fast{T}"/> sets it): timeouts fire only when the test advances it, and each wait
    /// before a retry passes as soon as the SDK schedules it, in no real time, unless the test holds it (<see cref="HoldRetryWaits"/>).
    /// </summary>
    protected TestClock Clock { get; private set; } = null!;

    protected static IEnumerable<string> Secrets => [Secret, ApiKey, LinkToken, AccessToken];

    [SetUp]
    public void StartLogCaptureAndClock()
    {
        Logs = new LogCapture();
        Clock = new TestClock();
        _heldWaits = null;
        _retryWaits.Clear();
        Logs.Written += PassOrHoldRetryWait;
    }

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

    /// <summary>
    /// Sets test values on any client's options: the test's <see cref="Clock"/>, on which the rest are counted (2 retries,
    /// 20 ms back-off capped at 100 ms, 2 s per attempt, 10 s in all), and the log capture.
    /// </summary>
    protected T Fast<T>(T options, Action<T>? configure = null)
        where T : ClientOptions
    {
        options.TimeProvider = Clock;
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

    /// <summary>From now on each wait before a retry stays pending until the test advances <see cref="Clock"/> (see <see cref="NextRetryWaitAsync"/>).</summary>
    protected void HoldRetryWaits() => _heldWaits = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>A gate: the next wait the SDK armed before a retry, once it is armed; the clock has not moved for it.</summary>
    protected Task<TimeSpan> NextRetryWaitAsync() =>
        HangGuard.Await((_heldWaits ?? throw new InvalidOperationException("Call HoldRetryWaits first.")).Reader.ReadAsync().AsTask(), "the SDK to schedule a retry");

    /// <summary>A gate: completes once the SDK has logged <paramref name="count"/> entries named <paramref name="eventName"/>.</summary>
    protected Task LoggedAsync(string eventName, int count = 1)
    {
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Logs.Written += _ => Check();
        Check();
        return HangGuard.Await(logged.Task, $"log entry {count} named {eventName}");

        void Check()
        {
            if (Logs.Named(eventName).Length >= count)
                logged.TrySetResult();
        }
    }

    /// <summary>The timers the SDK armed for its waits before retries, in order: the waits themselves, not what the log says of them.</summary>
    protected TimeSpan[] RetryWaits()
    {
        lock (_retryWaits)
            return [.. _retryWaits];
    }

    /// <summary>The delays, in ms, of the retries the SDK scheduled, as its log reports them.</summary>
    protected long[] ScheduledDelays() =>
        Logs.Named("RetryScheduled").Select(e => Convert.ToInt64(e.Values["DelayMs"], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Runs <paramref name="call"/> and returns what it threw, or null; a call that never ends fails the test (<see cref="HangGuard"/>).</summary>
    protected static Task<Exception?> CallAsync(Func<Task> call) => HangGuard.Await(Catch(call), "the call to end");

    private static async Task<Exception?> Catch(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    // The timer of a retry's wait is armed just before the SDK logs the retry, so it is the clock's last.
    private void PassOrHoldRetryWait(LogEntry entry)
    {
        if (entry.EventName != "RetryScheduled")
            return;
        var wait = Clock.LastArmed;
        lock (_retryWaits)
            _retryWaits.Add(wait);
        if (_heldWaits is { } held)
            held.Writer.TryWrite(wait);
        else
            Clock.Advance(wait);
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
