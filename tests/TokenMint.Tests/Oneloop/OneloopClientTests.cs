using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Oneloop;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Oneloop;

public class OneloopClientTests
{
    private const string ApiKey = "ol-api-key-5e4d3c2b1a09f8e7";

    private static OneloopClient Client(Wire wire) => new(new OneloopClientOptions { ApiKey = ApiKey }, wire.CreateClient());

    private static Wire TokenWire() => new(HttpStatusCode.OK, Canned.Read("Oneloop/Canned/link-token.json"));

    private static GenerateLinkTokenRequest Request() => new() { CustomerId = "cust_1", WorkspaceId = "ws_1" };

    [Test]
    public async Task GenerateLinkTokenPostsToProductionWithABearerKey()
    {
        using var wire = TokenWire();
        await Client(wire).GenerateLinkTokenAsync(Request());
        Assert.That(wire.Single.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(wire.Single.Uri.ToString(), Is.EqualTo("https://prod.oneloop.ai/api/v1/link-token"));
        Assert.That(wire.Single.Headers["authorization"], Is.EqualTo("Bearer " + ApiKey));
        Assert.That(wire.Single.Headers.Keys, Has.None.StartsWith("x-"));
        Assert.That(wire.Single.ContentType, Does.StartWith("application/json"));
        Assert.That(wire.Single.Headers["accept"], Is.EqualTo("application/json"));
    }


    [Test]
    public async Task GenerateLinkTokenSendsCamelCaseAndOmitsUnsetFields()
    {
        using var wire = TokenWire();
        await Client(wire).GenerateLinkTokenAsync(Request());
        Assert.That(JToken.DeepEquals(wire.Single.Json, JObject.Parse("""{"customerId":"cust_1","workspaceId":"ws_1"}""")), Is.True, wire.Single.Body);
    }

    [Test]
    public async Task GenerateLinkTokenSendsTheBillingIdWhenSet()
    {
        using var wire = TokenWire();
        var request = Request();
        request.ExternalBillingId = "bill_9";
        await Client(wire).GenerateLinkTokenAsync(request);
        Assert.That((string?)wire.Single.Json["externalBillingId"], Is.EqualTo("bill_9"));
    }

    [Test]
    public async Task GenerateLinkTokenParsesAMillisecondExpiryThatOverflowsInt32()
    {
        using var wire = TokenWire();
        var response = await Client(wire).GenerateLinkTokenAsync(Request());
        Assert.That(response.Token, Is.EqualTo("olt_live_8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"));
        Assert.That(response.ExpiresAt, Is.EqualTo(1763903600123L));
    }

    [TestCase(400, "Invalid workspaceId")]
    [TestCase(401, "Invalid API key")]
    [TestCase(403, "Workspace is not yours")]
    public void EachDocumentedErrorThrowsTheErrorPayload(int status, string message)
    {
        using var wire = new Wire((HttpStatusCode)status, Canned.Read($"Oneloop/Canned/error-{status}.json"));
        var error = Assert.ThrowsAsync<ApiException<ErrorResponse>>(() => Client(wire).GenerateLinkTokenAsync(Request()))!;
        Assert.That(error.StatusCode, Is.EqualTo(status));
        Assert.That(error.Error.Error.Message, Is.EqualTo(message));
        Assert.That(error.ErrorCode, Is.EqualTo(status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(error.Message, Does.Not.Contain(ApiKey));
    }

    [TestCase(null, "ws_1", "customerId")]
    [TestCase("cust_1", null, "workspaceId")]
    public void AMissingRequiredIdNamesTheFieldBeforeTheNetwork(string? customerId, string? workspaceId, string field)
    {
        using var wire = TokenWire();
        var error = Assert.ThrowsAsync<ArgumentException>(() =>
            Client(wire).GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = customerId!, WorkspaceId = workspaceId! }))!;
        Assert.That(error.ParamName, Is.EqualTo(field));
        Assert.That(error.Message, Does.Contain(field));
        Assert.That(wire.Requests, Is.Empty);
    }




}
