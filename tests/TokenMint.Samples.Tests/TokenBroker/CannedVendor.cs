using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>
/// A vendor on 127.0.0.1 that answers every request with 200 and one canned JSON file from Canned/: for answers the mock
/// vendors, built from the specs, never give. A bare Kestrel server, as the sample's mock vendors are, so that
/// WebApplicationFactory cannot take its host for the app's.
/// </summary>
internal sealed class CannedVendor : IAsyncDisposable
{
    private readonly KestrelServer _server;

    private CannedVendor(KestrelServer server, Uri baseUri)
    {
        _server = server;
        BaseUri = baseUri;
    }

    /// <summary>Where the vendor listens: a vendor's BaseUri setting.</summary>
    public Uri BaseUri { get; }

    public static async Task<CannedVendor> StartAsync(string cannedFile)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Canned", cannedFile));
        var options = new KestrelServerOptions();
        options.Listen(IPAddress.Loopback, 0);
        var sockets = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
        var server = new KestrelServer(Options.Create(options), sockets, NullLoggerFactory.Instance);
        await server.StartAsync(new Answer(json), CancellationToken.None);
        return new CannedVendor(server, new Uri(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        _server.Dispose();
    }

    private sealed class Answer(string json) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

        public Task ProcessRequestAsync(HttpContext context)
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(json);
        }

        public void DisposeContext(HttpContext context, Exception? exception)
        {
        }
    }
}
