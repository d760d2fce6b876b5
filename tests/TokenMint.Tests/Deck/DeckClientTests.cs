using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Deck;

public class DeckClientTests
{
    private const string Secret = "deck-secret-value-9f8e7d6c5b4a";
    private const string MintedToken = "link-sandbox-3f9c2a7e5b1d4c8e9a2f7d6e5c4b3a21";

    private static DeckClient Client(Wire wire, DeckEnvironment environment = DeckEnvironment.Live) =>
        new(new DeckClientOptions { ClientId = "client-123", Secret = Secret, Environment = environment }, wire.CreateClient());

    private static Wire LinkTokenWire() => new(HttpStatusCode.OK, Canned.Read("Deck/Canned/link-token.json"));

    [TestCase(DeckEnvironment.Live, "https://live.deck.co/api/v1/link/token/create")]
    [TestCase(DeckEnvironment.Sandbox, "https://sandbox.deck.co/api/v1/link/token/create")]
    public async Task CreateLinkTokenPostsToTheEnvironmentsUrl(DeckEnvironment environment, string expected)
    {
        using var wire = LinkTokenWire();
        await Client(wire, environment).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(wire.Single.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo(expected));
    }


    [Test]
    public async Task CreateLinkTokenSendsBothDeckHeadersAndNoOtherCredential()
    {
        using var wire = LinkTokenWire();
        await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        var headers = wire.Single.Headers;
        Assert.That(headers["x-deck-client-id"], Is.EqualTo("client-123"));
        Assert.That(headers["x-deck-secret"], Is.EqualTo(Secret));
        Assert.That(headers.Keys, Has.None.EqualTo("authorization").And.None.EqualTo("x-api-key"));
    }

    [Test]
    public async Task CreateLinkTokenSendsJsonAndAcceptsJson()
    {
        using var wire = LinkTokenWire();
        await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(wire.Single.ContentType, Does.StartWith("application/json"));
        Assert.That(wire.Single.Headers["accept"], Is.EqualTo("application/json"));
    }

    [Test]
    public async Task CreateLinkTokenSendsSnakeCaseFieldsAndOmitsUnsetOnes()
    {
        using var wire = LinkTokenWire();
        var source = Guid.Parse("5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8");
        await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest
        {
            Language = Language.Fr,
            WebhookUrl = "https://example.com/hook",
            SourceIds = [source],
        });
        var expected = JObject.Parse("""{"language":"FR","source_ids":["5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8"],"webhook_url":"https://example.com/hook"}""");
        Assert.That(JToken.DeepEquals(wire.Single.Json, expected), Is.True, wire.Single.Body);
    }

    [Test]
    public async Task CreateLinkTokenWithNothingSetSendsAnEmptyObject()
    {
        using var wire = LinkTokenWire();
        await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(wire.Single.Body, Is.EqualTo("{}"));
    }

    [Test]
    public async Task CreateLinkTokenReturnsTheLinkTokenAndIgnoresUnknownFields()
    {
        using var wire = LinkTokenWire();
        var response = await Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(response.LinkToken, Is.EqualTo(MintedToken));
    }

    [Test]
    public void CreateLinkTokenWithoutARequestFailsBeforeTheNetwork()
    {
        using var wire = LinkTokenWire();
        Assert.ThrowsAsync<ArgumentNullException>(() => Client(wire).CreateLinkTokenAsync(null!));
        Assert.That(wire.Requests, Is.Empty);
    }

    [Test]
    public void BadRequestThrowsTypedErrorWithCategoryCodeAndRequestId()
    {
        using var wire = new Wire(HttpStatusCode.BadRequest, Canned.Read("Deck/Canned/error-400.json"), ("x-request-id", "req-42"));
        var error = Assert.ThrowsAsync<ApiException<ErrorResponse>>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.StatusCode, Is.EqualTo(400));
        Assert.That(error.RequestId, Is.EqualTo("req-42"));
        Assert.That(error.Error.ErrorCategory, Is.EqualTo(ErrorCategory.InvalidRequest));
        Assert.That(error.Error.ErrorCode, Is.EqualTo(ErrorCode.InvalidArgument));
        Assert.That(error.ErrorCode, Is.EqualTo("INVALID_ARGUMENT"));
        Assert.That(error.ResponseExcerpt, Does.Contain("webhook_url is not a URL"));
    }

    [Test]
    public void AnErrorCodeTheSdkDoesNotKnowKeepsItsRawString()
    {
        using var wire = new Wire(HttpStatusCode.BadRequest, Canned.Read("Deck/Canned/error-400-unknown-code.json"));
        var error = Assert.ThrowsAsync<ApiException<ErrorResponse>>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.Error.ErrorCode!.Value.Value, Is.EqualTo("MONTHLY_QUOTA_EXCEEDED"));
        Assert.That(error.Error.ErrorCode!.Value.IsKnown, Is.False);
        Assert.That(error.Error.ErrorCategory!.Value.Value, Is.EqualTo("QUOTA"));
    }

    [Test]
    public void UnauthorizedThrowsApiExceptionWithStatus401()
    {
        using var wire = new Wire(HttpStatusCode.Unauthorized, """{"message":"bad key"}""");
        var error = Assert.ThrowsAsync<ApiException>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.StatusCode, Is.EqualTo(401));
        Assert.That(error.Message, Does.Not.Contain(Secret));
    }

    [Test]
    public void ASuccessMissingTheLinkTokenSaysSoWithoutLeakingTheBody()
    {
        using var wire = new Wire(HttpStatusCode.OK, Canned.Read("Deck/Canned/link-token-missing-field.json"));
        var error = Assert.ThrowsAsync<ApiException>(() => Client(wire).CreateLinkTokenAsync(new CreateLinkTokenRequest()))!;
        Assert.That(error.StatusCode, Is.EqualTo(200));
        Assert.That(error.Message, Does.Contain("link_token"));
        Assert.That(error.ToString(), Does.Not.Contain(MintedToken));
    }

    [Test]
    public async Task CreateConnectionPostsSnakeCaseBodyToConnections()
    {
        using var wire = new Wire(HttpStatusCode.Accepted, Canned.Read("Deck/Canned/connection.json"));
        var source = Guid.Parse("5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8");
        await Client(wire).CreateConnectionAsync(new CreateConnectionRequest
        {
            SourceId = source,
            AuthMethod = "credentials",
            AuthCredentials = new ConnectionCredentials { Username = "user" },
        });
        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo("https://live.deck.co/api/v1/connections"));
        var expected = JObject.Parse("""{"source_id":"5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8","auth_method":"credentials","auth_credentials":{"username":"user"}}""");
        Assert.That(JToken.DeepEquals(wire.Single.Json, expected), Is.True, wire.Single.Body);
    }

    [Test]
    public async Task CreateConnectionParsesTheAcceptedResponseWith64BitTimestamps()
    {
        using var wire = new Wire(HttpStatusCode.Accepted, Canned.Read("Deck/Canned/connection.json"));
        var response = await Client(wire).CreateConnectionAsync(new CreateConnectionRequest { SourceId = Guid.NewGuid(), AuthMethod = "credentials" });
        Assert.That(response.ConnectionId, Is.EqualTo(Guid.Parse("0b6f3c9e-2d7a-4f1b-8e5c-9a4d3b2c1e0f")));
        Assert.That(response.Status, Is.EqualTo("PENDING"));
        Assert.That(response.AccessToken, Does.StartWith("access-sandbox-"));
        Assert.That(response.CreatedAt, Is.EqualTo(1763900000123L));
        Assert.That(response.UpdatedAt, Is.EqualTo(9007199254740993L));
    }

    [Test]
    public void CreateConnectionBadRequestThrowsTheConnectionErrorPayload()
    {
        using var wire = new Wire(HttpStatusCode.BadRequest, Canned.Read("Deck/Canned/connection-error-400.json"));
        var error = Assert.ThrowsAsync<ApiException<ConnectionErrorResponse>>(() =>
            Client(wire).CreateConnectionAsync(new CreateConnectionRequest { SourceId = Guid.NewGuid(), AuthMethod = "credentials" }))!;
        Assert.That(error.Error.ErrorCode, Is.EqualTo("INVALID_SOURCE"));
        Assert.That(error.Error.Category, Is.EqualTo("INVALID_INPUT"));
        Assert.That(error.Error.Details!["attempt"], Is.EqualTo(1L));
        Assert.That(error.ErrorCode, Is.EqualTo("INVALID_SOURCE"));
    }

    [Test]
    public void CreateConnectionUnauthorizedThrowsApiExceptionWithStatus401()
    {
        using var wire = new Wire(HttpStatusCode.Unauthorized);
        var error = Assert.ThrowsAsync<ApiException>(() =>
            Client(wire).CreateConnectionAsync(new CreateConnectionRequest { SourceId = Guid.NewGuid(), AuthMethod = "credentials" }))!;
        Assert.That(error.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public void CreateConnectionWithoutASourceIdNamesTheFieldBeforeTheNetwork()
    {
        using var wire = new Wire(HttpStatusCode.Accepted, Canned.Read("Deck/Canned/connection.json"));
        var error = Assert.ThrowsAsync<ArgumentException>(() => Client(wire).CreateConnectionAsync(new CreateConnectionRequest { AuthMethod = "credentials" }))!;
        Assert.That(error.ParamName, Is.EqualTo("source_id"));
        Assert.That(wire.Requests, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    public void CreateConnectionWithoutAnAuthMethodNamesTheFieldBeforeTheNetwork(string? authMethod)
    {
        using var wire = new Wire(HttpStatusCode.Accepted, Canned.Read("Deck/Canned/connection.json"));
        var error = Assert.ThrowsAsync<ArgumentException>(() =>
            Client(wire).CreateConnectionAsync(new CreateConnectionRequest { SourceId = Guid.NewGuid(), AuthMethod = authMethod! }))!;
        Assert.That(error.ParamName, Is.EqualTo("auth_method"));
        Assert.That(wire.Requests, Is.Empty);
    }




}
