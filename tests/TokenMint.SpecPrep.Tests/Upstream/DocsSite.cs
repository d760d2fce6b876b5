using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.SpecPrep.Tests.Upstream;

/// <summary>
/// The vendors' docs sites as check-upstream --from sees them: a minimal HTTP/1.1 server on 127.0.0.1 answering GETs for
/// &lt;host&gt;/&lt;path&gt;.md with the pages it was given, 404 for anything else, an error status, or a stall until disposed.
/// </summary>
internal sealed class DocsSite : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, Func<Task<(int Status, string Body)>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requested = new();
    private readonly ConcurrentBag<Task> _answers = [];
    private readonly Task _serving;

    public DocsSite()
    {
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The base URL to give --from, ending in a slash.</summary>
    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    /// <summary>The paths requested, in order, without the leading slash.</summary>
    public IReadOnlyList<string> Requested => _requested.ToArray();

    public void Serve(string path, string body) => _routes[path] = () => Task.FromResult((200, body));

    public void Answer(string path, int status, string body) => _routes[path] = () => Task.FromResult((status, body));

    /// <summary>Accepts the request for <paramref name="path"/> and sends nothing until the site is disposed.</summary>
    /// <returns>Completes when the request has arrived.</returns>
    public Task Stall(string path)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _routes[path] = async () =>
        {
            arrived.TrySetResult();
            await _release.Task.ConfigureAwait(false);
            return (200, string.Empty);
        };
        return arrived.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        _stop.Cancel();
        _listener.Stop();
        await _serving.ConfigureAwait(false);
        await Task.WhenAll(_answers).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _answers.Add(Task.Run(() => AnswerAsync(client)));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = Uri.UnescapeDataString((await ReadRequestLineAsync(stream).ConfigureAwait(false)).Split(' ')[1].TrimStart('/'));
                _requested.Enqueue(path);
                var (status, body) = _routes.TryGetValue(path, out var route) ? await route().ConfigureAwait(false) : (404, "Not Found");
                var bytes = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 {status} {Reason(status)}\r\nContent-Type: text/markdown; charset=utf-8\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
                await stream.WriteAsync(bytes).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The client gave up (a timed-out request): nothing to answer.
            }
        }
    }

    private static string Reason(int status) => status switch { 200 => "OK", 404 => "Not Found", 500 => "Internal Server Error", 503 => "Service Unavailable", _ => "Status" };

    // The request line; the headers that follow are read along with it and ignored (a GET has no body).
    private static async Task<string> ReadRequestLineAsync(Stream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await stream.ReadAsync(buffer).ConfigureAwait(false);
            if (read == 0)
                throw new IOException("The client closed the connection before the end of the headers.");
            received.AddRange(buffer.Take(read));
            var text = Encoding.ASCII.GetString(received.ToArray());
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal))
                return text.Substring(0, text.IndexOf("\r\n", StringComparison.Ordinal));
        }
    }
}
