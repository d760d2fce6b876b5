using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Net;
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
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Server;

/// <summary>
/// The canned server: Kestrel on 127.0.0.1 (port 0), answering the five operations with <see cref="Canned.Routes"/> after
/// checking the credential headers, and counting the TCP connections it accepts (a Kestrel connection middleware).
/// It runs in its own process (<c>TokenMint.Benchmarks server</c>), so its allocations and JIT stay out of the client's
/// numbers; GET /_stats reports its counters as JSON.
/// </summary>
public static class CannedServer
{
    /// <summary>The line the server prints once it listens; the rest of the line is its root URL.</summary>
    public const string ReadyPrefix = "listening ";

    private static long s_accepted;
    private static long s_open;
    private static long s_requests;
    private static long s_rejected;

    /// <summary>
    /// Runs until standard input closes (the parent exited or disposed it), or with <paramref name="forever"/> until
    /// Ctrl+C or SIGTERM (for running it by hand: <c>TokenMint.Benchmarks server 5000 --forever</c>).
    /// </summary>
    public static async Task<int> RunAsync(int port, bool forever = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Use(next => async connection =>
            {
                Interlocked.Increment(ref s_accepted);
                Interlocked.Increment(ref s_open);
                try
                {
                    await next(connection).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref s_open);
                }
            }));
        });
        await using var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        foreach (var root in address)
            Console.Out.WriteLine(ReadyPrefix + root.TrimEnd('/') + "/");
        Console.Out.Flush();

        if (forever)
        {
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            return 0;
        }
        // The parent keeps our stdin open; when it exits or closes it, we stop.
        await Task.Run(() => Console.In.ReadToEnd()).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value == "/_stats")
        {
            var json = string.Create(CultureInfo.InvariantCulture,
                $"{{\"accepted\":{Interlocked.Read(ref s_accepted)},\"open\":{Interlocked.Read(ref s_open)},\"requests\":{Interlocked.Read(ref s_requests)},\"rejected\":{Interlocked.Read(ref s_rejected)}}}");
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json).ConfigureAwait(false);
            return;
        }

        await DrainAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        var route = Canned.Match(request.Path.Value);
        if (route is null || !HttpMethods.IsPost(request.Method))
        {
            Interlocked.Increment(ref s_rejected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        foreach (var header in route.AuthHeaders)
        {
            if (!string.Equals(request.Headers[header.Key].ToString(), header.Value, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref s_rejected);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        Interlocked.Increment(ref s_requests);
        var body = route.ResponseBytes;
        context.Response.StatusCode = route.Status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (await body.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
