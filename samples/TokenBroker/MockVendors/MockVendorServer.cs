using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace TokenBroker.MockVendors;

/// <summary>
/// Plays the vendors that have no credentials configured: a Kestrel server on a free loopback port, in this process,
/// with each vendor's operations under /&lt;vendor&gt;/ (Deck's POST /link/token/create at /deck/link/token/create). The SDK
/// clients reach it exactly as they reach a real vendor: over HTTP, at their BaseUri.
/// </summary>
/// <remarks>
/// A bare Kestrel server rather than a second WebApplication: in the tests, WebApplicationFactory takes the host that
/// Program builds for the app, and a second host built in Program could be mistaken for it.
/// </remarks>
internal sealed class MockVendorServer : IAsyncDisposable
{
    private readonly KestrelServer? _server;
    private readonly Uri? _root;
    private readonly IReadOnlyList<Vendor> _vendors;

    private MockVendorServer(KestrelServer? server, Uri? root, IReadOnlyList<Vendor> vendors)
    {
        _server = server;
        _root = root;
        _vendors = vendors;
    }

    /// <summary>Starts the mock vendors for <paramref name="vendors"/>; with none, starts nothing.</summary>
    public static async Task<MockVendorServer> StartAsync(IReadOnlyList<Vendor> vendors)
    {
        if (vendors.Count == 0)
            return new MockVendorServer(null, null, vendors);

        // Each operation answers at /<vendor><path in the vendor's spec>, for the method the spec gives it.
        var operations = (
            from vendor in vendors
            from operation in MockOperation.ForVendor(vendor.Id)
            select KeyValuePair.Create($"{operation.Method} /{vendor.Id}{operation.Path}", operation)).ToDictionary();

        var options = new KestrelServerOptions();
        options.Listen(IPAddress.Loopback, 0);   // port 0: the system picks a free one
        var sockets = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
        var server = new KestrelServer(Options.Create(options), sockets, NullLoggerFactory.Instance);
        await server.StartAsync(new Application(operations), CancellationToken.None);
        var address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new MockVendorServer(server, new Uri(address), vendors);
    }

    /// <summary>True when <paramref name="vendor"/> is played by this server.</summary>
    public bool Serves(Vendor vendor) => _vendors.Contains(vendor);

    /// <summary>
    /// The configuration that points each mocked vendor's client here: its BaseUri, and dummy credentials because the clients
    /// refuse to start without credentials. Added on top of the app's configuration, it is all that mock mode changes.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> ClientSettings() =>
        from vendor in _vendors
        from setting in vendor.Credentials
            .Select(credential => KeyValuePair.Create($"{vendor.Section}:{credential.Key}", (string?)$"mock-{vendor.Id}-{credential.Key.ToLowerInvariant()}"))
            .Append(KeyValuePair.Create($"{vendor.Section}:BaseUri", (string?)new Uri(_root!, vendor.Id).ToString()))
        select setting;

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
            return;
        await _server.StopAsync(CancellationToken.None);
        _server.Dispose();
    }

    /// <summary>What Kestrel runs for each request: the matching operation's answer, or 404.</summary>
    private sealed class Application(IReadOnlyDictionary<string, MockOperation> operations) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

        public Task ProcessRequestAsync(HttpContext context)
        {
            if (operations.TryGetValue($"{context.Request.Method} {context.Request.Path}", out var operation))
                return operation.RespondAsync(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        public void DisposeContext(HttpContext context, Exception? exception)
        {
        }
    }
}
