using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Decart;

public class DecartClientTests
{
    private const string ApiKey = "dc-api-key-7f6e5d4c3b2a1908";
    private const string ClientToken = "ek_3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a";

    private static DecartClient Client(Wire wire) => new(new DecartClientOptions { ApiKey = ApiKey }, wire.CreateClient());

    private static Wire TokenWire() => new(HttpStatusCode.OK, Canned.Read("Decart/Canned/client-token.json"));

    [Test]
    public async Task CreateClientTokenPostsToApiDecartAiWithTheApiKeyHeaderOnly()
    {
        using var wire = TokenWire();
        await Client(wire).CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 });
        Assert.That(wire.Single.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo("https://api.decart.ai/v1/client/tokens"));
        Assert.That(wire.Single.Headers["x-api-key"], Is.EqualTo(ApiKey));
        Assert.That(wire.Single.Headers.Keys, Has.None.EqualTo("authorization"));
        Assert.That(wire.Single.ContentType, Does.StartWith("application/json"));
        Assert.That(wire.Single.Headers["accept"], Is.EqualTo("application/json"));
    }


    [Test]
    public async Task CreateClientTokenSendsCamelCaseAndOmitsUnsetFields()
    {
        using var wire = TokenWire();
        await Client(wire).CreateClientTokenAsync(new CreateClientTokenRequest
        {
            ExpiresIn = 3_000_000_000L,
            AllowedOrigins = ["https://app.example.com"],
            Constraints = new TokenConstraints { Realtime = new RealtimeConstraints { MaxSessionDuration = 300 } },
            Metadata = new System.Collections.Generic.Dictionary<string, object> { ["user"] = "u1" },
        });
        var expected = JObject.Parse("""
            {"expiresIn":3000000000,"allowedOrigins":["https://app.example.com"],"constraints":{"realtime":{"maxSessionDuration":300}},"metadata":{"user":"u1"}}
            """);
        Assert.That(JToken.DeepEquals(wire.Single.Json, expected), Is.True, wire.Single.Body);
    }

    [Test]
    public async Task CreateClientTokenWithNoRequestSendsAJsonNullBodyTheSpecAllows()
    {
        using var wire = TokenWire();
        var response = await Client(wire).CreateClientTokenAsync();
        Assert.That(wire.Single.Body, Is.EqualTo("null"));
        Assert.That(response.ApiKey, Is.EqualTo(ClientToken));
    }

    [Test]
    public async Task CreateClientTokenParsesTheFullResponseAndIgnoresNewFields()
    {
        using var wire = TokenWire();
        var response = await Client(wire).CreateClientTokenAsync(new CreateClientTokenRequest());
        Assert.That(response.ApiKey, Is.EqualTo(ClientToken));
        Assert.That(response.ExpiresAt, Is.EqualTo("2026-11-23T15:01:00Z"));
        Assert.That(response.Permissions!["models"], Is.InstanceOf<JArray>());
        Assert.That(response.Constraints!.ContainsKey("realtime"), Is.True);
    }

    [Test]
    public void UnprocessableEntityThrowsTheDetailListWithMixedLocations()
    {
        using var wire = new Wire((HttpStatusCode)422, Canned.Read("Decart/Canned/error-422.json"));
        var error = Assert.ThrowsAsync<ApiException<HttpValidationError>>(() => Client(wire).CreateClientTokenAsync(new CreateClientTokenRequest()))!;
        var detail = error.Error.Detail!.Single();
        Assert.That(detail.Loc, Is.EqualTo(new object[] { "body", "allowedModels", 3L }));
        Assert.That(detail.Msg, Is.EqualTo("Input should be a valid string"));
        Assert.That(detail.Type, Is.EqualTo("string_type"));
    }

    [TestCase(401, "No or invalid API key provided")]
    [TestCase(403, "Cannot create client token from a client token")]
    public void UnauthorizedAndForbiddenThrowApiExceptionWithTheirStatus(int status, string detail)
    {
        using var wire = new Wire((HttpStatusCode)status, $$"""{"detail":"{{detail}}"}""");
        var error = Assert.ThrowsAsync<ApiException>(() => Client(wire).CreateClientTokenAsync())!;
        Assert.That(error.StatusCode, Is.EqualTo(status));
        Assert.That(error.ResponseExcerpt, Does.Contain(detail));
        Assert.That(error.ToString(), Does.Not.Contain(ApiKey));
    }

    [TestCase(nameof(CreateClientTokenRequest.AllowedModels), "allowedModels")]
    [TestCase(nameof(CreateClientTokenRequest.AllowedOrigins), "allowedOrigins")]
    public void MoreThanTwentyItemsNamesTheFieldBeforeTheNetwork(string property, string field)
    {
        using var wire = TokenWire();
        var request = new CreateClientTokenRequest();
        typeof(CreateClientTokenRequest).GetProperty(property)!.SetValue(request, Enumerable.Range(0, 21).Select(i => $"item-{i}").ToList());
        var error = Assert.ThrowsAsync<ArgumentException>(() => Client(wire).CreateClientTokenAsync(request))!;
        Assert.That(error.ParamName, Is.EqualTo(field));
        Assert.That(error.Message, Does.Contain("20"));
        Assert.That(wire.Requests, Is.Empty);
    }

    [Test]
    public async Task TwentyItemsAreAllowed()
    {
        using var wire = TokenWire();
        await Client(wire).CreateClientTokenAsync(new CreateClientTokenRequest { AllowedModels = Enumerable.Range(0, 20).Select(i => $"m{i}").ToList() });
        Assert.That(wire.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void ASuccessWithoutTheApiKeySaysWhichFieldIsMissing()
    {
        using var wire = new Wire(HttpStatusCode.OK, """{"expiresAt":"2026-11-23T15:01:00Z"}""");
        var error = Assert.ThrowsAsync<ApiException>(() => Client(wire).CreateClientTokenAsync())!;
        Assert.That(error.Message, Does.Contain("apiKey"));
    }



}
