using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;
using TokenMint.Trackstar;

namespace TokenMint.ContractTests;

/// <summary>Trackstar against a Prism mock of its published (OpenAPI 3.1) document.</summary>
[TestFixture(PrismMode.Static)]
[TestFixture(PrismMode.Dynamic)]
public sealed class TrackstarContractTests(PrismMode mode)
{
    [Test]
    public async Task CreatingALinkTokenToReinstallAConnectionIsAValidRequestAndReturnsALinkToken()
    {
        using var prism = new PrismSession(MockedSpec.Trackstar, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateLinkTokenAsync(new CreateLinkTokenRequest { ConnectionId = "x" }));

        Assert.That(response.LinkToken, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task CreatingALinkTokenForANewConnectionIsAValidRequestAndReturnsALinkToken()
    {
        using var prism = new PrismSession(MockedSpec.Trackstar, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(response.LinkToken, Is.Not.Null.And.Not.Empty);
    }

    private static TrackstarClient NewClient(PrismSession prism) =>
        new(new TrackstarClientOptions { ApiKey = "key", BaseUri = prism.BaseUri }, prism.HttpClient);
}
