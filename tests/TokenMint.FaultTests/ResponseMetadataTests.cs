using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>XxxWithResponseAsync over the full pipeline: retries, and the body the retry handler buffered.</summary>
public class ResponseMetadataTests : FaultTest
{
    [Test]
    public async Task WithResponseAfterRetriesReportsTheFinalAttemptsStatusAndHeaders()
    {
        var server = await ServeAsync(
            Status(503, ("x-request-id", "req-first")),
            Respond(200, LinkTokenJson, "application/json", ("x-request-id", "req-final"), ("x-ratelimit-remaining", "9")));

        var response = await Deck(server.BaseUri).CreateLinkTokenWithResponseAsync(new CreateLinkTokenRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.Value.LinkToken, Is.EqualTo(LinkToken));
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.RequestId, Is.EqualTo("req-final"));
            Assert.That(response.Headers["X-RateLimit-Remaining"], Is.EqualTo(new[] { "9" }));
            Assert.That(response.Headers["content-type"].Single(), Does.StartWith("application/json"));
            Assert.That(server.Requests, Has.Count.EqualTo(2));
        });
    }
}
