using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using TokenBroker;
using TokenMint.Oneloop;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>POST /api/tokens/{vendor} in memory, against the sample's mock vendors or, for what they never send, a vendor on loopback.</summary>
public sealed class TokenEndpointTests
{
    private BrokerFactory _broker = null!;

    [OneTimeSetUp]
    public void StartTheBroker() => _broker = new BrokerFactory();

    [OneTimeTearDown]
    public void StopTheBroker() => _broker.Dispose();

    [Test]
    public void EveryVendorOfTheSampleHasTestCases() =>
        Assert.That(VendorCases.All.Select(c => c.Vendor), Is.EquivalentTo(Vendor.All.Select(v => v.Id)));

    [TestCaseSource(typeof(VendorCases), nameof(VendorCases.Expiries))]
    public async Task EachVendorMintsATokenWithItsExpiryWhereTheVendorGivesOne(string vendor, bool givesExpiry)
    {
        var response = await Mint(_broker, vendor);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(token.GetProperty("vendor").GetString(), Is.EqualTo(vendor));
            Assert.That(token.GetProperty("token").GetString(), Is.Not.Empty);
            Assert.That(token.TryGetProperty("expiresAt", out var expiresAt), Is.EqualTo(givesExpiry));
            if (givesExpiry)
                Assert.That(expiresAt.GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow));
        });
    }

    [TestCaseSource(typeof(VendorCases), nameof(VendorCases.Vendors))]
    public async Task EachCallMintsAFreshToken(string vendor)
    {
        var first = await TokenOf(await Mint(_broker, vendor));
        var second = await TokenOf(await Mint(_broker, vendor));

        // Trackstar's spec gives an example token, which its mock sends every time; the others are minted at random.
        if (vendor == "trackstar")
            Assert.That(second, Is.EqualTo(first).And.EqualTo("your_link_token"));
        else
            Assert.That(second, Is.Not.EqualTo(first));
    }

    [TestCaseSource(typeof(VendorCases), nameof(VendorCases.Refusals))]
    public async Task AVendorsRefusalIsA502ProblemCarryingTheVendorsStatusAndErrorCode(string vendor, int vendorStatus, string? errorCode)
    {
        using var refusing = new BrokerFactory(vendorStatus: vendorStatus);

        var response = await Mint(refusing, vendor);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(502));
            Assert.That(problem.GetProperty("vendor").GetString(), Is.EqualTo(vendor));
            Assert.That(problem.GetProperty("vendorStatus").GetInt32(), Is.EqualTo(vendorStatus));
            Assert.That(problem.GetProperty("vendorErrorCode") is { ValueKind: JsonValueKind.String } code ? code.GetString() : null, Is.EqualTo(errorCode));
        });
    }

    [TestCaseSource(typeof(VendorCases), nameof(VendorCases.ErrorStatuses))]
    public async Task NoCredentialOrMintedTokenIsLoggedOrSentInAnErrorEvenWhenTheVendorsErrorRepeatsTheCredentials(string vendor, int vendorStatus)
    {
        using var refusing = new BrokerFactory(vendorStatus: vendorStatus);

        var token = await TokenOf(await Mint(_broker, vendor));
        var problem = await (await Mint(refusing, vendor)).Content.ReadAsStringAsync();

        var credentials = CredentialsOf(_broker, vendor).Concat(CredentialsOf(refusing, vendor)).Distinct().ToArray();
        var logs = _broker.Logs.Text + refusing.Logs.Text;
        Assert.Multiple(() =>
        {
            // The search means something only if the secrets were there to leak: the mock vendor's error messages repeat the
            // credentials it received, and the logs hold the SDK's HTTP calls to it, at Trace.
            foreach (var credential in credentials)
                Assert.That(string.Concat(refusing.VendorAnswers), Does.Contain(credential), "the vendor's error answer");
            Assert.That(logs, Does.Contain($"/{vendor}/").And.Contain($"Minted a {vendor} token").And.Contain($"{vendor} refused the token request"));
            foreach (var secret in credentials.Append(token))
            {
                Assert.That(logs, Does.Not.Contain(secret), "a log line");
                Assert.That(problem, Does.Not.Contain(secret), "the error answer");
            }
        });
    }

    [Test]
    public async Task ARequestTheSdkRefusesBeforeTheNetworkIsA400NamingTheFieldAndNotQuotingTheSdk()
    {
        using var broker = new BrokerFactory();

        var response = await broker.CreateClient().PostAsJsonAsync("/api/tokens/oneloop", new { });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        // The SDK's own message for the same request, which it refuses before sending (the port is never reached).
        using var oneloop = new OneloopClient(new OneloopClientOptions { ApiKey = "unused", BaseUri = new Uri("http://127.0.0.1:9/") });
        var sdkMessage = Assert.ThrowsAsync<ArgumentException>(() => oneloop.GenerateLinkTokenAsync(new GenerateLinkTokenRequest { WorkspaceId = "w" }))!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("field").GetString(), Is.EqualTo("customerId"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'field' names it"));
            Assert.That(problem.GetRawText(), Does.Not.Contain(sdkMessage), "the SDK's own message stays on the server");
            Assert.That(broker.Logs.Text, Does.Not.Contain("/oneloop/api/v1/link-token"), "no request reached the vendor");
        });
    }

    [TestCase("oneloop", "oneloop-expiry-after-year-9999.json", "lt_canned_oneloop_token", TestName = "AOneloopExpiryPastTheLastDateIsLeftOutAndTheTokenStillMinted")]
    [TestCase("decart", "decart-expiry-not-a-date.json", "ek_canned_decart_token", TestName = "ADecartExpiryThatIsNotADateIsLeftOutAndTheTokenStillMinted")]
    public async Task AnExpiryThatIsNotADateIsLeftOutAndTheTokenStillMinted(string vendor, string cannedAnswer, string cannedToken)
    {
        await using var canned = await CannedVendor.StartAsync(cannedAnswer);
        var section = Vendor.All.Single(v => v.Id == vendor);
        var settings = section.Credentials.ToDictionary(c => $"{section.Section}:{c.Key}", c => (string?)$"{vendor}-test-{c.Key}");
        settings[$"{section.Section}:BaseUri"] = canned.BaseUri.ToString();
        using var broker = new BrokerFactory(settings);

        var response = await Mint(broker, vendor);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "bad vendor data is not the request's fault: " + await response.Content.ReadAsStringAsync());
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(token.GetProperty("token").GetString(), Is.EqualTo(cannedToken));
            Assert.That(token.TryGetProperty("expiresAt", out _), Is.False);
            Assert.That(broker.Logs.Text, Does.Contain($"{vendor} sent an expiry that is not a date"));
        });
    }

    [Test]
    public async Task AnUnknownVendorIsA404ProblemListingTheKnownOnes()
    {
        var response = await _broker.CreateClient().PostAsJsonAsync("/api/tokens/acme", new { userId = "demo-user" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'acme'").And.Contain("deck, oneloop, trackstar, decart"));
    }

    [Test]
    public async Task AVendorThatRefusesTheConnectionIsA502Problem()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();   // nothing listens there now: the connection is refused
        using var broker = new BrokerFactory(RealDeckAt(port));

        var response = await Mint(broker, "deck");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The vendor could not be reached"));
    }

    [Test]
    public async Task AVendorThatNeverAnswersIsA504Problem()
    {
        // Accepts the connection and never answers: the SDK's attempt timeout (0.2 s here) ends the call.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            using var broker = new BrokerFactory(RealDeckAt(((IPEndPoint)silent.LocalEndpoint).Port));

            var response = await Mint(broker, "deck");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(problem.GetProperty("vendor").GetString(), Is.EqualTo("deck"));
        }
        finally
        {
            silent.Stop();
        }
    }

    // Deck configured for real, at a loopback address the test controls, with no retries.
    private static Dictionary<string, string?> RealDeckAt(int port) => new()
    {
        ["Deck:ClientId"] = "deck-client-id",
        ["Deck:Secret"] = "deck-secret",
        ["Deck:BaseUri"] = $"http://127.0.0.1:{port}",
        ["Deck:MaxRetries"] = "0",
        ["Deck:AttemptTimeout"] = "00:00:00.2",
    };

    private static Task<HttpResponseMessage> Mint(BrokerFactory broker, string vendor) =>
        broker.CreateClient().PostAsJsonAsync($"/api/tokens/{vendor}", new { userId = "demo-user" });

    private static async Task<string> TokenOf(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    // The credentials the vendor's client was given: the dummy ones mock mode configures.
    private static string[] CredentialsOf(BrokerFactory broker, string vendor)
    {
        var configuration = broker.Services.GetRequiredService<IConfiguration>();
        var section = Vendor.All.Single(v => v.Id == vendor);
        var credentials = section.Credentials.Select(c => configuration[$"{section.Section}:{c.Key}"]!).ToArray();
        Assert.That(credentials, Is.All.Not.Empty);
        return credentials;
    }
}
