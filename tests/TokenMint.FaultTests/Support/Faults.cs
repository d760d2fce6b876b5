using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TokenMint.FaultTests.Support;

/// <summary>The ways a <see cref="FaultServer"/> can answer.</summary>
public static class Faults
{
    /// <summary>A complete response with a JSON (or other) body and extra headers.</summary>
    public static Fault Respond(int status, string? body = null, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        async (context, aborted) =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
                context.Response.Headers.Append(name, value);
            if (body is null)
                return;
            context.Response.ContentType = contentType;
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, aborted);
        };

    /// <summary>A status with a small JSON error body, as a busy or broken upstream sends.</summary>
    public static Fault Status(int status, params (string Name, string Value)[] headers) =>
        Respond(status, $"{{\"error\":\"status {status}\"}}", "application/json", headers);

    /// <summary>A gateway's HTML error page.</summary>
    public static Fault Html(int status) =>
        Respond(status, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>", "text/html");

    /// <summary>Reads the request, then drops the connection without a response.</summary>
    public static Fault Reset() => (context, _) =>
    {
        context.Features.Get<IHttpResetFeature>()?.Reset(0);
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Never sends the status line: waits until the client gives up.</summary>
    public static Fault HangBeforeHeaders() => (_, aborted) => Task.Delay(Timeout.Infinite, aborted);

    /// <summary>Sends the headers and the start of the body, then waits until the client gives up.</summary>
    public static Fault StallMidBody(int status, string bodyStart) => async (context, aborted) =>
    {
        await StartBodyAsync(context, status, bodyStart, aborted);
        await Task.Delay(Timeout.Infinite, aborted);
    };

    /// <summary>Sends the headers and the start of a longer declared body, then drops the connection.</summary>
    public static Fault BreakMidBody(int status, string bodyStart) => async (context, aborted) =>
    {
        await StartBodyAsync(context, status, bodyStart, aborted);
        context.Abort();
    };

    /// <summary>A 200 whose body is <paramref name="size"/> bytes of JSON, declared up front or streamed in chunks.</summary>
    public static Fault Large(int size, bool declareLength) => async (context, aborted) =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        if (declareLength)
            context.Response.ContentLength = size;
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("{\"link_token\":\""), aborted);
        for (var written = 15; written < size - 2; written += chunk.Length)
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, size - 2 - written)), aborted);
        await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("\"}"), aborted);
    };

    /// <summary>A redirect to <paramref name="location"/>.</summary>
    public static Fault Redirect(int status, Uri location) => (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location.ToString();
        return Task.CompletedTask;
    };

    private static async Task StartBodyAsync(HttpContext context, int status, string bodyStart, CancellationToken aborted)
    {
        var bytes = Encoding.UTF8.GetBytes(bodyStart);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length + 1000;
        await context.Response.Body.WriteAsync(bytes, aborted);
        await context.Response.Body.FlushAsync(aborted);
    }
}
