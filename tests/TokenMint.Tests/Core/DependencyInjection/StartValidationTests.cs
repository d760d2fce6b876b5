using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.Testing;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Core.DependencyInjection;

/// <summary>Every setting a client shares is checked when the host starts (ValidateOnStart), not at the first resolution.</summary>
public class StartValidationTests
{
    private static readonly Dictionary<string, string?> DeckCredentials = new()
    {
        ["Deck:ClientId"] = "id",
        ["Deck:Secret"] = "secret",
    };

    public static IEnumerable<TestCaseData> OutOfRangeSettings()
    {
        yield return Case("MaxRetries", "-1");
        yield return Case("InitialRetryDelay", "-00:00:01");
        yield return Case("MaxRetryDelay", "-00:00:01");
        yield return Case("MaxRetryAfter", "-00:00:01");
        yield return Case("AttemptTimeout", "00:00:00");
        yield return Case("AttemptTimeout", "-00:00:05");
        yield return Case("OverallTimeout", "00:00:00");
        yield return Case("OverallTimeout", "-00:00:02");
        yield return Case("MaxResponseSize", "0");
        yield return Case("MaxResponseSize", "-1");
        yield return Case("MaxResponseSize", "3000000000");

        static TestCaseData Case(string key, string value) => new TestCaseData(key, value).SetArgDisplayNames(key, value);
    }

    // Every vendor of specs/*/vendor.json, so a new one is covered with no edit here.
    public static IEnumerable<TestCaseData> Vendors() => VendorList.All.Select(v => new TestCaseData(new VendorRegistration(v)).SetArgDisplayNames(v.Name));

    [TestCaseSource(nameof(OutOfRangeSettings))]
    public void AnOutOfRangeSettingFailsTheHostsStartNamingItsConfigurationKey(string key, string value)
    {
        using var host = Host(Configuration(DeckCredentials, ("Deck:" + key, value)), (s, c) => s.AddDeckClient(c.GetSection("Deck")));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Failures, Has.Exactly(1).StartsWith($"Deck:{key} (DeckClientOptions.{key}) must be").And.EndWith($"got {value}."));
        Assert.That(error.OptionsType, Is.EqualTo(typeof(DeckClientOptions)));
    }

    [Test]
    public void AMaxRetryDelayShorterThanTheInitialDelayFailsTheHostsStart()
    {
        using var host = Host(Configuration(DeckCredentials, ("Deck:InitialRetryDelay", "00:00:05"), ("Deck:MaxRetryDelay", "00:00:02")),
            (s, c) => s.AddDeckClient(c.GetSection("Deck")));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Failures, Is.EqualTo(new[]
        {
            "Deck:MaxRetryDelay (DeckClientOptions.MaxRetryDelay) must be at least InitialRetryDelay (00:00:05); got 00:00:02.",
        }));
    }

    [Test]
    public void EveryInvalidSettingIsReportedAtOnceWithTheMissingCredential()
    {
        using var secret = new EnvironmentVariable("DECK_SECRET", null);
        var configuration = Configuration(
            new() { ["Deck:ClientId"] = "id" },
            ("Deck:MaxRetries", "-3"), ("Deck:AttemptTimeout", "00:00:00"), ("Deck:MaxResponseSize", "0"), ("Deck:MaxRetryAfter", "-00:00:01"));
        using var host = Host(configuration, (s, c) => s.AddDeckClient(c.GetSection("Deck")));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Failures.Select(f => f.Split(' ')[0]), Is.EquivalentTo(new[]
        {
            "Deck:MaxRetries", "Deck:MaxRetryAfter", "Deck:AttemptTimeout", "Deck:MaxResponseSize", "DeckClientOptions.Secret",
        }));
    }

    [TestCaseSource(nameof(Vendors))]
    public void EveryVendorFailsTheHostsStartForABadSettingInItsSection(VendorRegistration vendor)
    {
        var section = vendor.Section;
        using var host = Host(Configuration(vendor.Credentials, (section + ":OverallTimeout", "-00:00:01")), (s, c) => vendor.Register(s, c.GetSection(section)));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Message, Does.StartWith($"{section}:OverallTimeout ({section}ClientOptions.OverallTimeout) must be greater than zero"));
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task EveryVendorStartsWithInfiniteTimeoutsAndOtherwiseDefaultSettings(VendorRegistration vendor)
    {
        var section = vendor.Section;
        var configuration = Configuration(vendor.Credentials, (section + ":AttemptTimeout", "-00:00:00.001"), (section + ":OverallTimeout", "-00:00:00.001"));
        using var host = Host(configuration, (s, c) => vendor.Register(s, c.GetSection(section)));

        await host.StartAsync();
        await host.StopAsync();

        Assert.That(vendor.Options(host.Services).AttemptTimeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        Assert.That(vendor.Options(host.Services).MaxRetries, Is.EqualTo(2));
    }

    [Test]
    public void OptionsSetInCodeAreNamedByTheirProperty()
    {
        using var host = Host(Configuration([]), (s, _) => s.AddDeckClient(o =>
        {
            o.ClientId = "id";
            o.Secret = "secret";
            o.MaxRetries = -1;
        }));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Failures, Is.EqualTo(new[] { "DeckClientOptions.MaxRetries must be 0 or more; got -1." }));
    }

    [Test]
    public void TheOptionsOnlyConstructorReportsEveryInvalidSettingWithTheSameRules()
    {
        var options = new DeckClientOptions
        {
            ClientId = "id",
            Secret = "secret",
            MaxRetries = -1,
            InitialRetryDelay = TimeSpan.FromSeconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(1),
            OverallTimeout = TimeSpan.Zero,
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DeckClient(options))!;

        Assert.That(error.ParamName, Is.EqualTo("DeckClientOptions.MaxRetries"));
        Assert.That(error.Message, Does.Contain("DeckClientOptions.MaxRetries must be 0 or more; got -1.")
            .And.Contain("DeckClientOptions.MaxRetryDelay must be at least InitialRetryDelay (00:00:10); got 00:00:01.")
            .And.Contain("DeckClientOptions.OverallTimeout must be greater than zero, or Timeout.InfiniteTimeSpan"));
    }

    [Test]
    public void AResponseSizeLimitBeyondTheLargestArrayIsRefusedRatherThanFailingAtTheFirstLargeResponse()
    {
        var options = new DeckClientOptions { ClientId = "id", Secret = "secret", MaxResponseSize = (long)int.MaxValue + 1 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DeckClient(options))!;

        Assert.That(error.ParamName, Is.EqualTo("DeckClientOptions.MaxResponseSize"));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string?>(values);
        foreach (var (key, value) in more)
            all[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(all).Build();
    }

    private static IHost Host(IConfiguration configuration, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
