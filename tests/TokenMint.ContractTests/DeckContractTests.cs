using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;
using TokenMint.Deck;

namespace TokenMint.ContractTests;

/// <summary>
/// Deck against Prism mocks of its two published documents. Prism serves the paths without the servers'
/// /api/v1 base path, so the client's BaseUri is the bare mock origin.
/// </summary>
[TestFixture(PrismMode.Static)]
[TestFixture(PrismMode.Dynamic)]
public sealed class DeckContractTests(PrismMode mode)
{
    [Test]
    public async Task CreatingALinkTokenWithEveryFieldSetIsAValidRequestAndReturnsALinkToken()
    {
        using var prism = new PrismSession(MockedSpec.DeckLinkToken, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateLinkTokenAsync(new CreateLinkTokenRequest
        {
            Language = Language.Es,
            CustomizationName = "default",
            SourceIds = [Guid.NewGuid(), Guid.NewGuid()],
            WebhookUrl = "https://example.com/deck/webhook",
        }));

        Assert.That(response.LinkToken, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task CreatingALinkTokenWithNoFieldsSetIsAValidRequestAndReturnsALinkToken()
    {
        using var prism = new PrismSession(MockedSpec.DeckLinkToken, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(response.LinkToken, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task CreatingAConnectionIsAValidRequestAndReturnsTheAcceptedConnection()
    {
        using var prism = new PrismSession(MockedSpec.DeckConnections, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(
            () => client.CreateConnectionAsync(new CreateConnectionRequest { SourceId = Guid.NewGuid(), AuthMethod = "credentials" }),
            HttpStatusCode.Accepted);

        AssertIsAConnection(response);
    }

    [Test]
    public async Task CreatingAConnectionWithCredentialsAndADeckIsAValidRequestAndReturnsTheAcceptedConnection()
    {
        using var prism = new PrismSession(MockedSpec.DeckConnections, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(
            () => client.CreateConnectionAsync(new CreateConnectionRequest
            {
                SourceId = Guid.NewGuid(),
                AuthMethod = "credentials",
                AuthCredentials = new ConnectionCredentials { Username = "user", Password = "password" },
                DeckId = Guid.NewGuid(),
            }),
            HttpStatusCode.Accepted);

        AssertIsAConnection(response);
    }

    private static DeckClient NewClient(PrismSession prism) =>
        new(new DeckClientOptions { ClientId = "id", Secret = "s", BaseUri = prism.BaseUri }, prism.HttpClient);

    private static void AssertIsAConnection(CreateConnectionResponse response)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ConnectionId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(response.SourceId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(response.Status, Is.Not.Null.And.Not.Empty);
            Assert.That(response.AuthMethod, Is.Not.Null.And.Not.Empty);
        }
    }
}
