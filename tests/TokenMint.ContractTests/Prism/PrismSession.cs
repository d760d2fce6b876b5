using System;
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

    /// <summary>
    /// Runs one SDK call and asserts that Prism flagged nothing (no <c>sl-violations</c> header), that the call
    /// succeeded with <paramref name="expectedStatus"/>, and that it made exactly one request.
    /// </summary>
    public async Task<T> CallAsync<T>(Func<Task<T>> call, HttpStatusCode expectedStatus = HttpStatusCode.OK)
    {
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

        var exchanges = _recorder.Exchanges;
        var where = $"Prism ({_server.Spec}, {_server.Mode}, {_server.Spec.Path})";
        var flagged = exchanges.Where(exchange => exchange.Violations is not null).ToArray();
        if (flagged.Length > 0)
        {
            Assert.Fail($"{where} flagged the SDK's request as breaking the spec:{Environment.NewLine}"
                + string.Join(Environment.NewLine, flagged.Select(exchange => exchange.ToString()))
                + (failure is null ? "" : $"{Environment.NewLine}The SDK then threw: {failure.GetType().Name}: {failure.Message}"));
        }
        if (failure is not null)
        {
            Assert.Fail($"The SDK call failed against {where}: {failure}{Environment.NewLine}"
                + $"Exchanges: {string.Join("; ", exchanges)}{Environment.NewLine}Prism's log:{Environment.NewLine}{_server.RecentOutput}");
        }
        Assert.That(exchanges, Has.Count.EqualTo(1), $"requests the call made to {where}");
        Assert.That(exchanges[0].Status, Is.EqualTo(expectedStatus), $"the status {where} answered");
        Assert.That(result, Is.Not.Null, "the parsed response");
        return result;
    }

    /// <inheritdoc />
    public void Dispose() => HttpClient.Dispose();
}
