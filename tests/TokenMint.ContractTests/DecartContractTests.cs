using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;
using TokenMint.Decart;

namespace TokenMint.ContractTests;

/// <summary>Decart against a Prism mock of its published (OpenAPI 3.1) document, whose request body may be null.</summary>
[TestFixture(PrismMode.Static)]
[TestFixture(PrismMode.Dynamic)]
public sealed class DecartContractTests(PrismMode mode)
{
    [Test]
    public async Task CreatingAClientTokenWithAnExpiryIsAValidRequestAndReturnsAKey()
    {
        using var prism = new PrismSession(MockedSpec.Decart, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }));

        AssertIsAToken(response);
    }

    [Test]
    public async Task CreatingAClientTokenWithNoRequestIsAValidRequestAndReturnsAKey()
    {
        using var prism = new PrismSession(MockedSpec.Decart, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateClientTokenAsync());

        AssertIsAToken(response);
    }

    [Test]
    public async Task CreatingAClientTokenWithEveryFieldSetIsAValidRequestAndReturnsAKey()
    {
        using var prism = new PrismSession(MockedSpec.Decart, mode);
        var client = NewClient(prism);

        var response = await prism.CallAsync(() => client.CreateClientTokenAsync(new CreateClientTokenRequest
        {
            ExpiresIn = 300,
            AllowedModels = ["mirage"],
            AllowedOrigins = ["https://example.com"],
            Constraints = new TokenConstraints { Realtime = new RealtimeConstraints { MaxSessionDuration = 600 } },
            Metadata = new Dictionary<string, object> { ["user"] = "u1", ["plan"] = 2 },
        }));

        AssertIsAToken(response);
    }

    private static DecartClient NewClient(PrismSession prism) =>
        new(new DecartClientOptions { ApiKey = "key", BaseUri = prism.BaseUri }, prism.HttpClient);

    private static void AssertIsAToken(CreateClientTokenResponse response)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ApiKey, Is.Not.Null.And.Not.Empty);
            Assert.That(response.ExpiresAt, Is.Not.Null.And.Not.Empty);
        }
    }
}
