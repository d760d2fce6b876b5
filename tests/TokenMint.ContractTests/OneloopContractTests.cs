using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;
using TokenMint.Oneloop;

namespace TokenMint.ContractTests;

/// <summary>Oneloop against a Prism mock of its published document; the API key goes as a bearer token.</summary>
[TestFixture(PrismMode.Static)]
[TestFixture(PrismMode.Dynamic)]
public sealed class OneloopContractTests(PrismMode mode)
{
    [Test]
    public async Task GeneratingALinkTokenIsAValidRequestAndReturnsATokenAndItsExpiry()
    {
        using var prism = new PrismSession(MockedSpec.Oneloop, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w" }));

        AssertIsAToken(response);
    }

    [Test]
    public async Task GeneratingALinkTokenWithABillingIdIsAValidRequestAndReturnsATokenAndItsExpiry()
    {
        using var prism = new PrismSession(MockedSpec.Oneloop, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.GenerateLinkTokenAsync(
            new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w", ExternalBillingId = "b" }));

        AssertIsAToken(response);
    }

    private static OneloopClient NewClient(PrismSession prism) =>
        new(new OneloopClientOptions { ApiKey = "key", BaseUri = prism.BaseUri }, prism.HttpClient);

    private static void AssertIsAToken(GenerateLinkTokenResponse response)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Token, Is.Not.Null.And.Not.Empty);
            Assert.That(response.ExpiresAt, Is.Positive, "expiresAt has an exclusive minimum of 0");
        }
    }
}
