using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers each request with the next fault of its script (the last one repeats),
/// and records every request it saw.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Fault[] _script;
    private readonly ConcurrentQueue<SeenRequest> _seen = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _received = new();
    private int _count;

    private FaultServer(WebApplication app, Fault[] script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>The server's root, such as http://127.0.0.1:50123/.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The requests the server received, in order.</summary>
    public IReadOnlyList<SeenRequest> Requests => _seen.ToArray();

    /// <summary>
    /// A gate: completes once the server has read its <paramref name="count"/>th request (1 for the first), so the client's
    /// deadline for that attempt is armed and the test may move the client's clock past it.
    /// </summary>
    public Task ReceivedAsync(int count) => HangGuard.Await(Arrival(count).Task, $"request {count} to reach the server");

    /// <summary>Starts a server on a free port.</summary>
    public static Task<FaultServer> StartAsync(params Fault[] script) => StartAsync(0, script);

    /// <summary>Starts a server on <paramref name="port"/> (0 for a free one).</summary>
    public static async Task<FaultServer> StartAsync(int port, params Fault[] script)
    {
        if (script.Length == 0)
            throw new ArgumentException("A server needs at least one fault to answer with.", nameof(script));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        var server = new FaultServer(app, script);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A loopback port nothing listens on, so connecting to it is refused.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private TaskCompletionSource Arrival(int count) =>
        _received.GetOrAdd(count, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _seen.Enqueue(new SeenRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body));
        Arrival(index + 1).TrySetResult();
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await _script[Math.Min(index, _script.Length - 1)](context, aborted.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException)
        {
            // The client went away (it timed out, was canceled, or stopped reading): nothing left to answer.
        }
    }
}

/// <summary>How the server answers one request; the token fires when the client disconnects or the server stops.</summary>
public delegate Task Fault(HttpContext context, CancellationToken aborted);

/// <summary>A request as the server received it; header names are lower case.</summary>
public sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
