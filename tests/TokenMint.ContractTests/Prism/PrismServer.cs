using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.ContractTests.Prism;

/// <summary>One <c>prism mock</c> process serving one spec on a free loopback port.</summary>
public sealed class PrismServer : IDisposable
{
    private const string ReadyLine = "Prism is listening";
    private const int MaxOutputLines = 500;
    private const int Attempts = 3;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly ConcurrentDictionary<int, byte> PortsHandedOut = new();

    /// <summary>Processes started and not yet stopped, so that the test host's exit still stops them.</summary>
    private static readonly ConcurrentDictionary<Process, byte> Live = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    static PrismServer() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    private PrismServer(MockedSpec spec, PrismMode mode, int port, Process process, ConcurrentQueue<string> output)
    {
        Spec = spec;
        Mode = mode;
        BaseUri = new Uri($"http://127.0.0.1:{port}");
        _process = process;
        _output = output;
    }

    /// <summary>The spec served.</summary>
    public MockedSpec Spec { get; }

    /// <summary>Static or dynamic responses.</summary>
    public PrismMode Mode { get; }

    /// <summary>http://127.0.0.1:port. Prism serves the spec's paths without the servers' base path (Deck's /api/v1).</summary>
    public Uri BaseUri { get; }

    /// <summary>What Prism printed lately (its own log of requests and violations), for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>Starts Prism on a free port and waits until it listens; retries on another port if the port was taken meanwhile.</summary>
    /// <exception cref="InvalidOperationException">Prism did not start; the message carries its output.</exception>
    public static async Task<PrismServer> StartAsync(MockedSpec spec, PrismMode mode)
    {
        var failures = new List<string>();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var port = FreePort();
            var output = new ConcurrentQueue<string>();
            var process = Launch(spec, mode, port, output, out var ready);
            string? failure;
            try
            {
                failure = await WaitUntilListeningAsync(ready.Task, port).ConfigureAwait(false);
            }
            catch
            {
                Stop(process);
                process.Dispose();
                throw;
            }
            if (failure is null)
                return new PrismServer(spec, mode, port, process, output);

            Stop(process);
            if (process.HasExited)
                process.WaitForExit(); // lets the output readers drain what Prism printed before it died
            process.Dispose();
            failures.Add($"Prism ({spec}, {mode}) {failure}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            if (!output.Any(line => line.Contains("EADDRINUSE", StringComparison.Ordinal)))
                break; // only a port taken between choosing and binding is worth another try
        }
        throw new InvalidOperationException(string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    /// <summary>Kills the process and anything it started.</summary>
    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static Process Launch(MockedSpec spec, PrismMode mode, int port, ConcurrentQueue<string> output, out TaskCompletionSource<bool> ready)
    {
        var start = new ProcessStartInfo(PrismInstaller.PrismExecutable)
        {
            WorkingDirectory = SourceFolder.ContractTests,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        if (mode == PrismMode.Dynamic)
            start.ArgumentList.Add("--dynamic");
        start.ArgumentList.Add(SourceFolder.InRepository(spec.Path));
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        start.Environment["SCARF_ANALYTICS"] = "false";

        var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            output.Enqueue(e.Data);
            while (output.Count > MaxOutputLines)
                output.TryDequeue(out _);
            if (e.Data.Contains(ReadyLine, StringComparison.Ordinal))
                started.TrySetResult(true);
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => started.TrySetResult(false);
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {PrismInstaller.PrismExecutable}: {e.Message}", e);
        }
        Live.TryAdd(process, 0);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ready = started;
        return process;
    }

    /// <summary>Stops every Prism process still running; safe to call more than once.</summary>
    public static void StopAll()
    {
        foreach (var process in Live.Keys)
            Stop(process);
    }

    private static async Task<string?> WaitUntilListeningAsync(Task<bool> ready, int port)
    {
        var finished = await Task.WhenAny(ready, Task.Delay(StartTimeout)).ConfigureAwait(false);
        if (finished != ready)
            return $"was not listening on port {port} after {StartTimeout.TotalSeconds} s";
        if (!await ready.ConfigureAwait(false))
            return $"exited before listening on port {port}";
        return await AcceptsConnectionsAsync(port).ConfigureAwait(false)
            ? null
            : $"said it was listening on port {port} but refused connections";
    }

    private static void Stop(Process process)
    {
        Live.TryRemove(process, out _);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting as we asked.
        }
    }

    private static int FreePort()
    {
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (PortsHandedOut.TryAdd(port, 0))
                return port;
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                using var client = new TcpClient();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
        return false;
    }
}
