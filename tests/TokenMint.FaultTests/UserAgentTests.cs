using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>The three ways a client gets its HttpClient.</summary>
public enum HttpClientSource
{
    /// <summary><c>new XxxClient(options)</c>: the client creates it.</summary>
    ClientsOwn,

    /// <summary><c>new XxxClient(options, httpClient)</c>.</summary>
    Callers,

    /// <summary><c>services.AddXxxClient(…)</c>: IHttpClientFactory's.</summary>
    DependencyInjection,
}

/// <summary>User-Agent: TokenMint.&lt;Vendor&gt;/&lt;version&gt; (&lt;.NET runtime&gt;; &lt;OS&gt;) on every request, however the client got its HttpClient.</summary>
public class UserAgentTests : FaultTest
{
    private const string CallersProduct = "MyApp/2.1 (+https://myapp.example/about)";

    public static IEnumerable<TestCaseData> VendorsBySource() =>
        from vendor in Vendor.List
        from source in Enum.GetValues<HttpClientSource>()
        select new TestCaseData(vendor, source).SetArgDisplayNames(vendor.Name, source.ToString());

    [TestCaseSource(nameof(VendorsBySource))]
    public async Task EveryRequestCarriesTheSdksUserAgent(Vendor vendor, HttpClientSource source)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));

        var client = await MintAsync(vendor, source, server.BaseUri);

        var sent = server.Requests.Single().Header("User-Agent");
        Assert.That(sent, Is.EqualTo(Expected(client)));
        Assert.That(sent, Does.Match($@"^TokenMint\.{vendor.Name}/\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(\.NET [^()]+; (Linux|Windows|macOS|FreeBSD|Unknown)\)$"),
            "the version has no +commit suffix, and the comment names the runtime and the OS");
    }

    [TestCase(HttpClientSource.Callers)]
    [TestCase(HttpClientSource.DependencyInjection)]
    public async Task ACallersProductOnTheHttpClientStaysBeforeTheSdks(HttpClientSource source)
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));

        var client = await MintAsync(Vendor.Deck, source, server.BaseUri, http => http.DefaultRequestHeaders.UserAgent.ParseAdd(CallersProduct));

        Assert.That(server.Requests.Single().Header("User-Agent"), Is.EqualTo(CallersProduct + " " + Expected(client)));
    }

    [Test]
    public async Task AUserAgentGivenForOneCallStaysBeforeTheSdks()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var deck = Deck(server.BaseUri);

        await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest(), new RequestOptions { Headers = { ["User-Agent"] = "Caller/3.0" } });

        Assert.That(server.Requests.Single().Header("User-Agent"), Is.EqualTo("Caller/3.0 " + Expected(deck)));
    }

    [Test]
    public async Task EveryAttemptCarriesTheUserAgentOnce()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        var deck = Deck(server.BaseUri);

        await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest());

        Assert.That(server.Requests.Select(r => r.Header("User-Agent")), Is.EqualTo(Enumerable.Repeat(Expected(deck), 2)));
    }

    // Worked out here from the client's assembly and the runtime, not by the SDK's code.
    private static string Expected(object client)
    {
        var assembly = client.GetType().Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var os = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : "Unknown";
        return $"{assembly.GetName().Name}/{informational.Split('+')[0]} ({RuntimeInformation.FrameworkDescription}; {os})";
    }

    private async Task<object> MintAsync(Vendor vendor, HttpClientSource source, Uri baseUri, Action<HttpClient>? configure = null)
    {
        switch (source)
        {
            case HttpClientSource.ClientsOwn:
                {
                    var client = vendor.Create(Fast(vendor.Options(baseUri, ApiKey)));
                    await vendor.MintAsync(client);
                    return client;
                }
            case HttpClientSource.Callers:
                {
                    using var http = new HttpClient();
                    configure?.Invoke(http);
                    var client = vendor.Create(Fast(vendor.Options(baseUri, ApiKey)), http);
                    await vendor.MintAsync(client);
                    return client;
                }
            default:
                {
                    var services = new ServiceCollection();
                    vendor.Register(services, options => Fast(vendor.Fill(options, baseUri, ApiKey)));
                    if (configure is not null)
                        services.ConfigureHttpClientDefaults(builder => builder.ConfigureHttpClient(configure));
                    await using var provider = services.BuildServiceProvider();
                    var client = vendor.Resolve(provider);
                    await vendor.MintAsync(client);
                    return client;
                }
        }
    }
}
