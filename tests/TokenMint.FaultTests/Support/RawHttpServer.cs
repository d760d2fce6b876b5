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

namespace TokenMint.FaultTests.Support;

/// <summary>
/// A bare HTTP/1.1 server on 127.0.0.1 that reads requests the way lenient servers and proxies do: a line ends at LF
/// (a CR before it is dropped), a request's head ends at the first empty line, and Content-Length says how much body
/// follows. Whatever is left on the connection is read as the next request. So a header value holding a line break shows
/// here as the injection it is: extra headers, or a request the client never meant to send, whose answer the client
/// then reads as the answer to its next call on that connection.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RawRequest, string> _answer;
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _connectionCount;

    /// <summary>Starts the server; <paramref name="answer"/> gives the JSON body of the 200 answering each request it reads.</summary>
    public RawHttpServer(Func<RawRequest, string> answer)
    {
        _answer = answer;
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseUri { get; }

    /// <summary>The requests the server read, in order, as it parsed them.</summary>
    public IReadOnlyList<RawRequest> Requests => _requests.ToArray();

    /// <summary>How many connections clients opened.</summary>
    public int Connections => Volatile.Read(ref _connectionCount);

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        Task[] running;
        lock (_connections)
            running = [.. _connections, _accepting];
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var connection = Interlocked.Increment(ref _connectionCount);
            lock (_connections)
                _connections.Add(ServeAsync(client, connection));
        }
    }

    private async Task ServeAsync(TcpClient client, int connection)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            while (await ReadRequestAsync(stream, connection) is { } request)
            {
                _requests.Enqueue(request);
                var body = Encoding.UTF8.GetBytes(_answer(request));
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
                await stream.WriteAsync(head.Concat(body).ToArray(), _stopping.Token);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client closed the connection, or the server is stopping.
        }
    }

    private async Task<RawRequest?> ReadRequestAsync(Stream stream, int connection)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(stream);
            if (line is null)
                return null;
            if (line.Length == 0)
            {
                if (lines.Count == 0)
                    continue; // blank lines between requests
                break;
            }
            lines.Add(line);
        }
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .Select(p => new KeyValuePair<string, string>(p[0].Trim().ToLowerInvariant(), p[1].Trim()))
            .ToList();
        var length = headers.Where(h => h.Key == "content-length").Select(h => int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, _stopping.Token);
        return new RawRequest(connection, lines[0], headers, Encoding.UTF8.GetString(body));
    }

    // Latin-1, so every byte the client sent shows as one character.
    private async Task<string?> ReadLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one, _stopping.Token) == 0)
                return null;
            if (one[0] == '\n')
                return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
            line.Append((char)one[0]);
        }
    }
}

/// <summary>A request as <see cref="RawHttpServer"/> parsed it: its request line, its headers (names in lower case, in order) and body.</summary>
public sealed record RawRequest(int Connection, string RequestLine, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    /// <summary>Every value of the named header, in order.</summary>
    public IEnumerable<string> Values(string name) => Headers.Where(h => h.Key == name.ToLowerInvariant()).Select(h => h.Value);

    public string? Header(string name) => Values(name).SingleOrDefault();
}
