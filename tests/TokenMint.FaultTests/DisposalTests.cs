using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>A client disposes what it created, and only that: a caller's or IHttpClientFactory's HttpClient is left alone.</summary>
public class DisposalTests : FaultTest
{
    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task DisposingAClientThatCreatedItsHttpClientDisposesItSoALaterCallThrowsObjectDisposedException(Vendor vendor)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        var client = vendor.Create(Fast(vendor.Options(server.BaseUri, ApiKey)));
        await vendor.MintAsync(client);

        ((IDisposable)client).Dispose();
        var error = await CallAsync(() => vendor.MintAsync(client));

        Assert.That(error, Is.InstanceOf<ObjectDisposedException>());
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.DoesNotThrow(((IDisposable)client).Dispose, "a second Dispose does nothing");
    }

    // The options-only constructor creates its HttpClient before the base constructor runs. Its retry handler takes a logger
    // from the options' LoggerFactory as it is created, so a factory never asked for one shows no HttpClient was created.
    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public void AConstructorThatRefusesItsOptionsCreatesNoHttpClientLeftToDispose(Vendor vendor)
    {
        var loggers = new CountingLoggerFactory();
        var options = vendor.Options(new Uri("http://vendor.example/"), ApiKey);
        options.LoggerFactory = loggers;

        Assert.Throws<ArgumentException>(() => vendor.Create(options), "BaseUri is not HTTPS");
        Assert.That(loggers.Created, Is.Zero, "no HttpClient (nor its retry handler) was created for the refused options");

        options.BaseUri = new Uri("https://vendor.example/");
        ((IDisposable)vendor.Create(options)).Dispose();
        Assert.That(loggers.Created, Is.EqualTo(1), "the seam sees the HttpClient of options the constructor accepts");
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task DisposingAClientGivenAnHttpClientLeavesThatHttpClientWorking(Vendor vendor)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        using var http = new HttpClient();
        var client = vendor.Create(Fast(vendor.Options(server.BaseUri, ApiKey)), http);

        ((IDisposable)client).Dispose();

        using (var response = await http.PostAsync(server.BaseUri, content: null))
            Assert.That((int)response.StatusCode, Is.EqualTo(200), "the caller's HttpClient still sends");
        Assert.That(await vendor.MintAsync(client), Is.EqualTo(vendor.Name.ToLowerInvariant() + "-ok"), "the client, which owns nothing, still works");
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task ATypedClientDisposedWithItsScopeLeavesTheFactorysHttpClientAlone(Vendor vendor)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        var services = new ServiceCollection();
        vendor.Register(services, o => Fast(vendor.Fill(o, server.BaseUri, ApiKey)));
        await using var provider = services.BuildServiceProvider();
        object client;
        await using (var scope = provider.CreateAsyncScope())
        {
            client = vendor.Resolve(scope.ServiceProvider);
            Assert.That(client, Is.InstanceOf<IDisposable>(), "the container disposes it with the scope");
            await vendor.MintAsync(client);
        }

        await vendor.MintAsync(client);
        await using (var scope = provider.CreateAsyncScope())
            await vendor.MintAsync(vendor.Resolve(scope.ServiceProvider));

        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    private sealed class CountingLoggerFactory : ILoggerFactory
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public ILogger CreateLogger(string categoryName)
        {
            Interlocked.Increment(ref _created);
            return NullLogger.Instance;
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
