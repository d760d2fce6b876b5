using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using TokenBroker;
using TokenMint.Decart;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>Which vendors the sample mocks: those without credentials, detected per vendor.</summary>
[NonParallelizable]   // one case sets a process environment variable
public sealed class VendorModeTests
{
    [Test]
    public async Task WithoutCredentialsEveryVendorIsAMockVendorOnALoopbackAddress()
    {
        using var broker = new BrokerFactory();

        var vendors = await broker.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/vendors");

        Assert.That(vendors!.Select(v => (v.GetProperty("id").GetString(), v.GetProperty("mock").GetBoolean())),
            Is.EquivalentTo(Vendor.All.Select(v => (v.Id, true))));
        var configuration = broker.Services.GetRequiredService<IConfiguration>();
        Assert.That(Vendor.All.Select(v => new Uri(configuration[$"{v.Section}:BaseUri"]!)), Has.All.Property(nameof(Uri.IsLoopback)).True);
    }

    [TestCase("Decart:ApiKey", TestName = "AVendorWithCredentialsInItsSectionIsCalledForRealWhileTheOthersStayMocked")]
    [TestCase("DECART_API_KEY", TestName = "AVendorWithCredentialsInTheSdksEnvironmentVariableIsCalledForRealWhileTheOthersStayMocked")]
    public async Task AVendorWithCredentialsIsCalledForRealWhileTheOthersStayMocked(string setting)
    {
        const string key = "decart-test-key";
        var fromEnvironment = setting == "DECART_API_KEY";
        var saved = Environment.GetEnvironmentVariable("DECART_API_KEY");
        if (fromEnvironment)
            Environment.SetEnvironmentVariable("DECART_API_KEY", key);   // what the SDK itself reads
        try
        {
            using var broker = new BrokerFactory(new Dictionary<string, string?> { [setting] = key });

            var vendors = await broker.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/vendors");

            Assert.That(vendors!.Select(v => (v.GetProperty("id").GetString(), v.GetProperty("mock").GetBoolean())),
                Is.EquivalentTo(Vendor.All.Select(v => (v.Id, v.Id != "decart"))));
            var decart = broker.Services.GetRequiredService<IOptions<DecartClientOptions>>().Value;
            Assert.Multiple(() =>
            {
                Assert.That(decart.BaseUri, Is.Null, "the SDK's default, https://api.decart.ai");
                if (fromEnvironment)
                    Assert.That(decart.ApiKey, Is.Null.Or.Empty, "left for the SDK to read from DECART_API_KEY");
                else
                    Assert.That(decart.ApiKey, Is.EqualTo(key));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("DECART_API_KEY", saved);
        }
    }

    [Test]
    public void AHalfConfiguredVendorStopsTheAppNamingTheMissingCredential()
    {
        using var broker = new BrokerFactory(new Dictionary<string, string?> { ["Deck:ClientId"] = "deck-client-id" });

        Assert.That(() => broker.CreateClient(), Throws.InstanceOf<OptionsValidationException>()
            .With.Message.Contains("DeckClientOptions.Secret").And.Message.Contains("DECK_SECRET"));
    }
}
