using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.Benchmarks.Server;

/// <summary>The canned server's counters, from GET /_stats.</summary>
public readonly record struct ServerStats(long Accepted, long Open, long Requests, long Rejected);

/// <summary>
/// Starts <see cref="CannedServer"/> in a child process (this same executable with the argument <c>server</c>) and stops it
/// on dispose, by closing its standard input.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    /// <summary>Set by the benchmark entry point so that every benchmark, in any process, uses the same server.</summary>
    public const string UrlVariable = "TOKENMINT_BENCH_SERVER";

    private static readonly Lazy<ServerProcess> Shared = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly HttpClient StatsClient = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly Process _process;

    private ServerProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    /// <summary>The server root, such as http://127.0.0.1:40123/.</summary>
    public Uri BaseUri { get; }

    /// <summary>
    /// The server every benchmark in this process uses: the one named by <see cref="UrlVariable"/>, else one started now and
    /// stopped when the process exits.
    /// </summary>
    public static Uri SharedBaseUri
    {
        get
        {
            var url = Environment.GetEnvironmentVariable(UrlVariable);
            if (!string.IsNullOrEmpty(url))
                return new Uri(url);
            var server = Shared.Value;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
            Environment.SetEnvironmentVariable(UrlVariable, server.BaseUri.ToString());
            return server.BaseUri;
        }
    }

    /// <summary>Starts a server process and waits until it listens.</summary>
    public static ServerProcess Start()
    {
        var start = SelfStartInfo("server");
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = false;
        // The server's own JIT and GC settings do not matter for the client's numbers; keep it from competing harder than it must.
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the canned server process.");
        var ready = Task.Run(() =>
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
                if (line.StartsWith(CannedServer.ReadyPrefix, StringComparison.Ordinal))
                    return line[CannedServer.ReadyPrefix.Length..];
            return null;
        });
        if (!ready.Wait(TimeSpan.FromSeconds(60)) || ready.Result is null)
        {
            try { process.Kill(); } catch (InvalidOperationException) { }
            throw new InvalidOperationException("The canned server did not report its address within 60 s.");
        }
        // Keep draining its stdout so the child never blocks on a full pipe.
        _ = Task.Run(() => { while (process.StandardOutput.ReadLine() is not null) { } });
        return new ServerProcess(process, new Uri(ready.Result));
    }

    /// <summary>A start description that runs this executable (apphost or <c>dotnet TokenMint.Benchmarks.dll</c>) with <paramref name="args"/>.</summary>
    public static ProcessStartInfo SelfStartInfo(params string[] args)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>Reads the server's counters.</summary>
    public static async Task<ServerStats> GetStatsAsync(Uri baseUri)
    {
        // A fresh connection each time: counted as accepted, which callers subtract (see Concurrency).
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, "_stats"));
        request.Headers.ConnectionClose = true;
        using var response = await StatsClient.SendAsync(request).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var root = document.RootElement;
        return new ServerStats(root.GetProperty("accepted").GetInt64(), root.GetProperty("open").GetInt64(),
            root.GetProperty("requests").GetInt64(), root.GetProperty("rejected").GetInt64());
    }

    public void Dispose()
    {
        try
        {
            if (_process.HasExited)
                return;
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
                _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }
}
