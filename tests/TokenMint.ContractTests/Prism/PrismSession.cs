using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;

namespace TokenMint.ContractTests.Prism;

/// <summary>
/// One test's view of a running Prism server: the HttpClient to hand the SDK client, which records Prism's verdicts,
/// and the check that a call went through with nothing flagged.
/// </summary>
public sealed class PrismSession : IDisposable
{
    /// <summary>
    /// How often a call is made again when Prism flagged only its own made-up response. In dynamic mode about
    /// half of Oneloop's responses break its spec (a negative expiresAt), so 20 tries fail by chance about once in a million.
    /// </summary>
    private const int MaxAttempts = 20;

    private readonly PrismServer _server;
    private readonly ViolationRecorder _recorder = new();

    /// <summary>Uses the server started for <paramref name="spec"/> in <paramref name="mode"/>.</summary>
    public PrismSession(MockedSpec spec, PrismMode mode)
    {
        _server = PrismMocks.Get(spec, mode);
        HttpClient = new HttpClient(_recorder, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The server's base URL, for the client options' BaseUri.</summary>
    public Uri BaseUri => _server.BaseUri;

    /// <summary>The HttpClient to pass to the SDK client.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Every exchange through <see cref="HttpClient"/> so far, with Prism's verdict.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges => _recorder.Exchanges;

    private string Where => $"Prism ({_server.Spec}, {_server.Mode}, {_server.Spec.Path})";

    /// <summary>
    /// Runs one SDK call and asserts that it made exactly one request, that Prism flagged nothing in it (no
    /// <c>sl-violations</c> header), and that it succeeded with <paramref name="expectedStatus"/>. A violation in the
    /// request fails at once. When Prism flagged only the response it made up (dynamic mode), the SDK is not at
    /// fault and the call is made again, up to <see cref="MaxAttempts"/> times.
    /// </summary>
    public async Task<T> CallAsync<T>(Func<Task<T>> call, HttpStatusCode expectedStatus = HttpStatusCode.OK)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = _recorder.Exchanges.Count;
            T result = default!;
            Exception? failure = null;
            try
            {
                result = await call().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure = e;
            }

            var exchanges = _recorder.Exchanges.Skip(before).ToArray();
            var flagged = exchanges.Where(exchange => exchange.Violations is not null).ToArray();
            if (flagged.Length > 0 && flagged.All(exchange => exchange.OnlyTheMockResponseIsFlagged) && attempt < MaxAttempts)
            {
                await TestContext.Out.WriteLineAsync($"{Where} made up a response that breaks its own spec; asking again. {flagged[0]}").ConfigureAwait(false);
                continue;
            }
            if (flagged.Length > 0)
            {
                var whose = flagged.All(exchange => exchange.OnlyTheMockResponseIsFlagged)
                    ? $"kept making up responses that break its own spec ({MaxAttempts} tries)"
                    : "flagged the SDK's request as breaking the spec";
                Assert.Fail($"{Where} {whose}:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, flagged.Select(exchange => exchange.ToString()))
                    + (failure is null ? "" : $"{Environment.NewLine}The SDK then threw: {failure.GetType().Name}: {failure.Message}"));
            }
            if (failure is not null)
            {
                Assert.Fail($"The SDK call failed against {Where}: {failure}{Environment.NewLine}"
                    + $"Exchanges: {string.Join("; ", exchanges.Select(exchange => exchange.ToString()))}{Environment.NewLine}"
                    + $"Prism's log:{Environment.NewLine}{_server.RecentOutput}");
            }
            Assert.That(exchanges, Has.Length.EqualTo(1), $"requests the call made to {Where}");
            Assert.That(exchanges[0].Status, Is.EqualTo(expectedStatus), $"the status {Where} answered");
            Assert.That(result, Is.Not.Null, "the parsed response");
            return result;
        }
    }

    /// <inheritdoc />
    public void Dispose() => HttpClient.Dispose();
}
