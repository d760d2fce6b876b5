using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using TokenMint.FactoryLoggingTests.Support;

namespace TokenMint.FactoryLoggingTests;

/// <summary>
/// IHttpClientFactory logs each request's headers at Trace (in its scope handler and its client handler). Before
/// Microsoft.Extensions.Http 9 it writes every value unless a header is redacted: AddXxxClient redacts the credential headers.
/// </summary>
public class FactoryLoggingTests
{
    [TestCaseSource(typeof(VendorCase), nameof(VendorCase.All))]
    public async Task TheFactorysTraceLogsShowEachCredentialHeaderOnlyAsAStar(VendorCase vendor)
    {
        await using var server = new LoopbackServer(vendor.ReadCannedResponse());
        using var logs = new LogCapture();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        vendor.Register(services, server.BaseUri);
        await using var provider = services.BuildServiceProvider();

        await vendor.Mint(provider, null);

        Assert.That(server.Requests, Has.Count.EqualTo(1));
        foreach (var (header, value) in vendor.SentHeaders)
        {
            Assert.That(server.Requests[0][header], Is.EqualTo(value), "the credential reached the server");
            Assert.That(logs.Messages, Does.Contain($"{header}: *"), "the factory logged the header, redacted");
        }
        foreach (var secret in vendor.Secrets)
            Assert.That(logs.Texts, Has.None.Contains(secret));
    }

    [Test]
    public async Task ACallersRedactLoggedHeadersAfterAddClientKeepsTheCredentialsRedactedToo()
    {
        var deck = VendorCase.Deck;
        await using var server = new LoopbackServer(deck.ReadCannedResponse());
        using var logs = new LogCapture();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        // RedactLoggedHeaders replaces the predicate it finds; the caller's runs after AddDeckClient's registration.
        deck.Register(services, server.BaseUri).RedactLoggedHeaders(["x-caller-token"]);
        await using var provider = services.BuildServiceProvider();
        var request = new RequestOptions();
        request.Headers["x-caller-token"] = "caller-token-7d0e";

        await deck.Mint(provider, request);

        Assert.That(server.Requests.Single()["x-caller-token"], Is.EqualTo("caller-token-7d0e"));
        Assert.That(logs.Messages, Does.Contain("x-caller-token: *").And.Contain("x-deck-secret: *").And.Contain("x-deck-client-id: *"));
        foreach (var secret in deck.Secrets.Append("caller-token-7d0e"))
            Assert.That(logs.Texts, Has.None.Contains(secret));
    }
}
