using System;
using System.IO;
using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using TokenBroker;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>The page in a real headless Chromium, against the sample on a real Kestrel server on 127.0.0.1.</summary>
public sealed class BrowserTests
{
    // Debian's packages; nothing in this test downloads a browser or a driver.
    private const string Chromium = DebianChromium.Browser;
    private const string ChromeDriver = DebianChromium.Driver;

    [Test]
    public void ThePageMintsATokenFromEveryVendorInAHeadlessBrowser()
    {
        if (DebianChromium.EnsureInstalled() is { } problem)
            Assert.Fail(problem);

        using var broker = new BrokerFactory();
        broker.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        broker.StartServer();
        var url = broker.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var browser = StartChromium();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(30));   // an upper bound for the page's fetches, not a timing assertion

        browser.Navigate().GoToUrl(url);

        Assert.That(wait.Until(page => page.FindElement(By.Id("mode")).Text is var mode && mode != "Loading…" ? mode : null),
            Does.Contain("mock vendors"));
        foreach (var vendor in Vendor.All)
        {
            wait.Until(page => page.FindElement(By.Id($"mint-{vendor.Id}"))).Click();
            var token = wait.Until(page => page.FindElement(By.Id($"token-{vendor.Id}")).Text is { Length: > 0 } shown ? shown : null);
            Assert.Multiple(() =>
            {
                Assert.That(token, Does.StartWith("mock_").Or.EqualTo("your_link_token"), vendor.Id);
                Assert.That(browser.FindElement(By.Id($"error-{vendor.Id}")).Text, Is.Empty, vendor.Id);
                Assert.That(browser.FindElement(By.Id($"expiry-{vendor.Id}")).Text, Does.StartWith("expires").Or.StartWith("(the vendor gives no expiry)"));
            });
        }
        Assert.That(broker.Logs.Text, Does.Contain("Minted a decart token"), "the clicks reached the broker");
    }

    private static ChromeDriver StartChromium()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",   // root, in a container, no display
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");   // offline
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
