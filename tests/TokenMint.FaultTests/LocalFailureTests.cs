using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>A request that fails as it is written, in this process, would fail the same way again: it is not retried.</summary>
public class LocalFailureTests : FaultTest
{
    [Test]
    public async Task AHeaderTheHandlerCannotEncodeFailsAfterOneAttemptWithoutReachingTheServer()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var options = DeckOptions(server.BaseUri);
        using var http = new HttpClient(new RetryHandler(options) { InnerHandler = TokenMintHttpClient.CreatePrimaryHandler() });
        // Set by the caller on their own HttpClient, out of the SDK's reach: SocketsHttpHandler refuses it only when sending.
        http.DefaultRequestHeaders.TryAddWithoutValidation("x-tenant", "z\u00fcrich");

        var error = await CallAsync(() => new DeckClient(options, http).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<HttpRequestException>());
        Assert.That(Logs.Named("AttemptSending"), Has.Length.EqualTo(1));
        Assert.That(Logs.Named("RetryDeclined").Single().Message, Does.Contain("the request failed as it was written"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task ContentThatThrowsWhileBeingWrittenFailsAfterOneAttempt()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var options = DeckOptions(server.BaseUri);
        using var http = new HttpClient(new RetryHandler(options) { InnerHandler = TokenMintHttpClient.CreatePrimaryHandler() });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUri, "link/token/create")) { Content = new ContentThatCannotBeWritten() };
        RequestPolicy.Apply(request, RetrySafety.Safe, requestOptions: null);

        var error = await CallAsync(() => http.SendAsync(request));

        Assert.That(error, Is.TypeOf<HttpRequestException>().With.InnerException.TypeOf<InvalidOperationException>());
        Assert.That(Logs.Named("AttemptSending"), Has.Length.EqualTo(1));
    }

    private sealed class ContentThatCannotBeWritten : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            throw new InvalidOperationException("This content cannot be serialized.");

        protected override bool TryComputeLength(out long length)
        {
            length = 16;
            return true;
        }
    }
}
