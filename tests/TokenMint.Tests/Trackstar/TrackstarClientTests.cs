using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Tests.Support;
using TokenMint.Trackstar;

namespace TokenMint.Tests.Trackstar;

public class TrackstarClientTests
{
    private const string ApiKey = "ts-api-key-0a9b8c7d6e5f4a3b";

    private static TrackstarClient Client(Wire wire) => new(new TrackstarClientOptions { ApiKey = ApiKey }, wire.CreateClient());

    private static Wire TokenWire() => new(HttpStatusCode.OK, Canned.Read("Trackstar/Canned/link-token.json"));

    [Test]
    public async Task CreateLinkTokenPostsToProductionWithTheApiKeyHeaderOnly()
    {
        using var wire = TokenWire();
        await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(wire.Single.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo("https://production.trackstarhq.com/link/token"));
        Assert.That(wire.Single.Headers["x-trackstar-api-key"], Is.EqualTo(ApiKey));
        Assert.That(wire.Single.Headers.Keys, Has.None.EqualTo("authorization"));
        Assert.That(wire.Single.ContentType, Does.StartWith("application/json"));
        Assert.That(wire.Single.Headers["accept"], Is.EqualTo("application/json"));
    }


    [Test]
    public async Task CreateLinkTokenSendsSnakeCaseConnectionIdOnlyWhenSet()
    {
        using var wire = TokenWire();
        var client = Client(wire);
        await client.CreateLinkTokenAsync(new CreateLinkTokenRequest { ConnectionId = "conn_1" });
        await client.CreateLinkTokenAsync(new CreateLinkTokenRequest { ConnectionId = null });
        Assert.That(JToken.DeepEquals(wire.Requests[0].Json, JObject.Parse("""{"connection_id":"conn_1"}""")), Is.True);
        Assert.That(wire.Requests[1].Body, Is.EqualTo("{}"));
    }

    [Test]
    public async Task CreateLinkTokenReturnsTheLinkToken()
    {
        using var wire = TokenWire();
        var response = await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(response.LinkToken, Is.EqualTo("ts_link_4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e"));
    }

    [Test]
    public void UnprocessableEntityThrowsTheFieldErrorMap()
    {
        using var wire = new Wire((HttpStatusCode)422, Canned.Read("Trackstar/Canned/error-422.json"));
        var error = Assert.ThrowsAsync<ApiException<ValidationError>>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.StatusCode, Is.EqualTo(422));
        Assert.That(error.Error.Error, Is.EqualTo("Validation error"));
        Assert.That(error.Error.Detail!["body"]["connection_id"], Is.EqualTo(new[] { "Not a valid string.", "Unknown connection." }));
        Assert.That(error.Error.Detail!["query"]["limit"], Has.Count.EqualTo(1));
    }

    [Test]
    public void AnUndocumentedErrorStillThrowsApiExceptionWithItsStatus()
    {
        using var wire = new Wire(HttpStatusCode.Unauthorized, """{"error":"unauthorized"}""");
        var error = Assert.ThrowsAsync<ApiException>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.StatusCode, Is.EqualTo(401));
    }



}
