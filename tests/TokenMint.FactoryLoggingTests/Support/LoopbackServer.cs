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

namespace TokenMint.FactoryLoggingTests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (no ASP.NET Core, whose shared framework would bring its own
/// Microsoft.Extensions.Http): answers every request with one JSON body and records the headers it received.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _requests = new();
    private readonly byte[] _body;
    private readonly Task _serving;

    public LoopbackServer(string json)
    {
        _body = Encoding.UTF8.GetBytes(json);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The headers of each request received (names case-insensitive).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => _requests.ToArray();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _serving.ConfigureAwait(false);
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
            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var (head, bodyBytesRead) = await ReadHeadAsync(stream).ConfigureAwait(false);
            var headers = head.Split("\r\n").Skip(1).Where(line => line.Contains(':'))
                .Select(line => line.Split(':', 2))
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
            if (headers.TryGetValue("Content-Length", out var length))
                await SkipAsync(stream, int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) - bodyBytesRead).ConfigureAwait(false);
            _requests.Enqueue(headers);
            var response = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {_body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(response).ConfigureAwait(false);
            await stream.WriteAsync(_body).ConfigureAwait(false);
        }
    }

    // The request line and headers, and how many body bytes came with them.
    private static async Task<(string Head, int BodyBytesRead)> ReadHeadAsync(Stream stream)
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
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
                return (text[..end], received.Count - (end + 4));
        }
    }

    private static async Task SkipAsync(Stream stream, int remaining)
    {
        var buffer = new byte[4096];
        while (remaining > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, remaining))).ConfigureAwait(false);
            if (read == 0)
                return;
            remaining -= read;
        }
    }
}
