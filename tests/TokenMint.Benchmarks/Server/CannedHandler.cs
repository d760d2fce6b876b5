using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Server;

/// <summary>A request as a variant sent it, captured in memory by <see cref="CannedHandler"/>.</summary>
public sealed record CapturedRequest(HttpMethod Method, Uri Uri, HttpRequestMessage Message, string? Body, string? ContentType, long? ContentLength);

/// <summary>
/// The canned server's answers without sockets: used by the in-memory benchmarks (to isolate client-side cost from the
/// network) and by <see cref="Runs.WireCheck"/> (which also captures what each variant sent).
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private readonly bool _capture;

    public CannedHandler(bool capture = false)
    {
        _capture = capture;
    }

    public ConcurrentQueue<CapturedRequest> Captured { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_capture)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            Captured.Enqueue(new CapturedRequest(request.Method, request.RequestUri!, request, body,
                request.Content?.Headers.ContentType?.MediaType, request.Content?.Headers.ContentLength));
        }
        else if (request.Content is not null)
        {
            // Sockets would serialize the body onto the wire; do the same work here.
            await request.Content.CopyToAsync(System.IO.Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var route = Canned.Match(request.RequestUri?.AbsolutePath);
        if (route is null)
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        var content = new ByteArrayContent(route.ResponseBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage((HttpStatusCode)route.Status) { Content = content, RequestMessage = request };
    }
}
