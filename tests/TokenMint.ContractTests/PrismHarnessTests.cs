using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;

namespace TokenMint.ContractTests;

/// <summary>The harness itself: a clean contract test means nothing only if Prism's verdicts do reach the recorder.</summary>
[TestFixture(PrismMode.Static)]
[TestFixture(PrismMode.Dynamic)]
public sealed class PrismHarnessTests(PrismMode mode)
{
    [Test]
    public async Task ARequestThatBreaksTheSpecIsRecordedWithPrismsViolations()
    {
        using var prism = new PrismSession(MockedSpec.DeckLinkToken, mode);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(prism.BaseUri, "link/token/create"))
        {
            Content = new StringContent("""{"not_in_the_spec":1}""", Encoding.UTF8, "application/json"),
        };

        using var response = await prism.HttpClient.SendAsync(request);

        Assert.That(prism.Exchanges, Has.Count.EqualTo(1));
        var violations = prism.Exchanges[0].Violations;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.GreaterThanOrEqualTo(400));
            Assert.That(violations, Does.Contain("not_in_the_spec"), "the body's unknown property");
            Assert.That(violations, Does.Contain("security"), "the missing credentials");
        }
    }
}
