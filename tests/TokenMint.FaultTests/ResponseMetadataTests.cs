using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
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

    [Test]
    public async Task WithResponseKeepsNoReferenceToTheResponseBodyBeforeOrAfterItsHeadersAreRead()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson, "application/json", ("x-request-id", "req-1")), Respond(200, LinkTokenJson));
        var deck = Deck(server.BaseUri);
        using var http = new HttpClient(TokenMint.Http.TokenMintHttpClient.CreatePrimaryHandler());

        // The client's own HttpClient buffers the body (RetryHandler's byte[]); a caller's HttpClient streams it.
        var buffered = await deck.CreateLinkTokenWithResponseAsync(new CreateLinkTokenRequest());
        var streamed = await new DeckClient(DeckOptions(server.BaseUri), http).CreateLinkTokenWithResponseAsync(new CreateLinkTokenRequest());

        foreach (var response in new[] { buffered, streamed })
            Assert.That(Reachable(response).OfType<HttpContent>(), Is.Empty, "an HttpContent (and the body it holds) is reachable from the ApiResponse");
        Assert.That(buffered.Headers["content-type"].Single(), Does.StartWith("application/json"), "content headers were copied");
        Assert.That(buffered.RequestId, Is.EqualTo("req-1"));
        Assert.That(Reachable(buffered).OfType<HttpContent>(), Is.Empty, "after the headers were read");
    }

    // Every object reachable from root through instance fields.
    private static List<object> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || next is string or Type or Delegate or MemberInfo)
                continue;
            if (next is Array array)
            {
                if (!array.GetType().GetElementType()!.IsPrimitive)
                    foreach (var item in array)
                        if (item is not null)
                            pending.Push(item);
                continue;
            }
            for (var type = next.GetType(); type is not null; type = type.BaseType)
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    if (!field.FieldType.IsPointer && field.GetValue(next) is { } value && !value.GetType().IsPrimitive)
                        pending.Push(value);
        }
        return [.. seen];
    }
}
