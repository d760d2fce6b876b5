using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// <c>concurrency [--callers 64] [--calls 20000] [--warmup 2000] [--rounds 5] [--op DeckCreateLinkToken] [--variants raw,tokenmint,stj,refit]</c>:
/// the callers share one client instance and make a fixed number of calls between them. Variants take turns within each
/// round (the order alternates), so a change in the machine's load hits all of them alike; the medians over rounds are
/// reported. The canned server counts the TCP connections it accepts, which shows whether the client reuses them.
/// </summary>
public static class Concurrency
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new Args(arguments);
        var callers = args.Int("callers", 64);
        var calls = args.Int("calls", 20_000);
        var warmup = args.Int("warmup", 2_000);
        var rounds = args.Int("rounds", 5);
        var operation = args.Operation();
        var kinds = args.Kinds(VariantKind.RawNewtonsoft, VariantKind.TokenMint, VariantKind.RawSystemTextJson, VariantKind.Refit);

        using var server = ServerProcess.Start();
        Console.WriteLine($"Concurrency: {callers} callers share one client; {warmup} warm-up calls, then {calls} timed calls of {operation}; {rounds} rounds. Load average at start: {Stats.LoadAverage()}");
        var results = kinds.ToDictionary(k => k, _ => new List<Result>());
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? kinds : kinds.Reverse().ToArray();
            foreach (var kind in order)
            {
                var result = await MeasureAsync(kind, server.BaseUri, operation, callers, warmup, calls).ConfigureAwait(false);
                results[kind].Add(result);
                Console.WriteLine($"  round {round} {kind,-18} {Stats.F(result.CallsPerSecond, 0),8} calls/s  client CPU {Stats.F(result.CpuMicrosecondsPerCall),6} µs/call  alloc {result.BytesPerCall,6} B/call  connections: {result.WarmupConnections} opened in warm-up, {result.TimedConnections} during the timed calls");
            }
        }

        Console.WriteLine();
        Console.WriteLine(Table(results, callers, calls));
        Console.WriteLine($"Load average at end: {Stats.LoadAverage()}");
        // The pool may open a few more connections than callers during the warm-up (a connection being set up when a queued
        // request got served elsewhere still joins the pool); what matters is that the timed calls open none.
        var reused = results.Values.SelectMany(r => r).All(r => r.TimedConnections == 0);
        var mostOpened = results.Values.SelectMany(r => r).Max(r => r.WarmupConnections);
        Console.WriteLine(reused
            ? $"Connections reused: yes. No client opened a connection during its {calls} timed calls; at most {mostOpened} were opened in a warm-up ({callers} callers)."
            : "Connections reused: NO. Some client opened connections during the timed calls (see the last column).");
        return reused && results.Values.SelectMany(r => r).All(r => r.ServedOk) ? 0 : 1;
    }

    public static string Table(Dictionary<VariantKind, List<Result>> results, int callers, int calls)
    {
        var raw = results.TryGetValue(VariantKind.RawNewtonsoft, out var r) ? Stats.Median(r.Select(x => x.CallsPerSecond)) : double.NaN;
        var rawCpu = results.TryGetValue(VariantKind.RawNewtonsoft, out r) ? Stats.Median(r.Select(x => x.CpuMicrosecondsPerCall)) : double.NaN;
        var text = new StringBuilder();
        text.AppendLine($"| variant ({callers} callers, {calls} calls) | median calls/s | min–max calls/s | ratio vs raw Json.NET (of medians) | per-round throughput ratio vs raw: median (min–max) | client CPU µs/call | CPU ratio | B/call | connections opened per round (warm-up/timed) |");
        text.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---|");
        foreach (var (kind, list) in results)
        {
            var median = Stats.Median(list.Select(x => x.CallsPerSecond));
            var cpu = Stats.Median(list.Select(x => x.CpuMicrosecondsPerCall));
            var perRound = r is null ? [] : list.Zip(r, (x, baseline) => x.CallsPerSecond / baseline.CallsPerSecond).ToArray();
            var roundRatio = perRound.Length == 0 ? "–" : $"{Stats.F(Stats.Median(perRound), 3)} ({Stats.F(perRound.Min(), 2)}–{Stats.F(perRound.Max(), 2)})";
            text.AppendLine($"| {kind} | {Stats.F(median, 0)} | {Stats.F(list.Min(x => x.CallsPerSecond), 0)}–{Stats.F(list.Max(x => x.CallsPerSecond), 0)} | {Stats.F(median / raw, 3)} | {roundRatio} | {Stats.F(cpu)} | {Stats.F(cpu / rawCpu, 3)} | {Stats.Median(list.Select(x => (double)x.BytesPerCall)):F0} | {string.Join(", ", list.Select(x => $"{x.WarmupConnections}/{x.TimedConnections}"))} |");
        }
        return text.ToString();
    }

    public static async Task<Result> MeasureAsync(VariantKind kind, Uri baseUri, Operation operation, int callers, int warmup, int calls)
    {
        var before = await ServerProcess.GetStatsAsync(baseUri).ConfigureAwait(false);
        using var variant = Variants.Create(kind, baseUri);
        await DriveAsync(variant, operation, callers, warmup).ConfigureAwait(false);
        var middle = await ServerProcess.GetStatsAsync(baseUri).ConfigureAwait(false);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpuBefore = CpuClock.Now();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await DriveAsync(variant, operation, callers, calls).ConfigureAwait(false);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cpu = CpuClock.Now() - cpuBefore;
        var after = await ServerProcess.GetStatsAsync(baseUri).ConfigureAwait(false);

        // Each /_stats request arrives on a connection of its own, counted before the counters are read.
        return new Result(
            CallsPerSecond: calls / clock.Elapsed.TotalSeconds,
            CpuMicrosecondsPerCall: cpu.TotalMilliseconds * 1000 / calls,
            BytesPerCall: allocated / calls,
            WarmupConnections: middle.Accepted - before.Accepted - 1,
            TimedConnections: after.Accepted - middle.Accepted - 1,
            ServedOk: after.Requests - middle.Requests == calls && after.Rejected == before.Rejected);
    }

    private static async Task DriveAsync(IVariant variant, Operation operation, int callers, int calls)
    {
        var next = -1;
        var expected = Canned.ExpectedResult(operation);
        var workers = new Task[callers];
        for (var i = 0; i < callers; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) < calls)
                {
                    var result = await variant.CallAsync(operation).ConfigureAwait(false);
                    if (!ReferenceEquals(result, expected) && result != expected)
                        throw new InvalidOperationException($"{variant.Kind} returned '{result}'.");
                }
            });
        }
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    public readonly record struct Result(double CallsPerSecond, double CpuMicrosecondsPerCall, long BytesPerCall, long WarmupConnections, long TimedConnections, bool ServedOk);
}
