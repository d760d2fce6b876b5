using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Benchmarks;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// <c>paired [--rounds 40] [--batch 200] [--warmup 2000] [--warmup-seconds 2] [--variants raw,tokenmint,stj,refit] [--op X] [--in-memory] [--split] [--telemetry]</c>: a cross-check of
/// BenchmarkDotNet's ratios on a shared machine. BenchmarkDotNet measures one benchmark after another, so a change in the
/// machine's load between two of them shows up as a ratio. Here the variants take turns in short batches of sequential
/// calls (order rotating each round), and the ratio is taken within each round: load that lasts longer than a round cancels.
/// Reports per variant the median µs/call and B/call, and per round ratio TokenMint/X its median and interquartile range.
/// With --split, "TokenMint without RetryHandler" joins the variants (always in memory; over sockets it keeps the SDK primary handler).
/// With --telemetry, "TokenMint, telemetry listened to" joins them: the same client, with <see cref="Benchmarks.TelemetryListeners"/>
/// attached for its batches only (listeners are process-wide), so its ratio is the cost of the SDK's telemetry when someone listens.
/// </summary>
public static class Paired
{
    private const string Listened = "TokenMint, telemetry listened to";

    private static string RoundRatio(Dictionary<string, List<double>> samples, string kind)
    {
        const string TokenMint = nameof(VariantKind.TokenMint);
        if (kind == TokenMint || !samples.ContainsKey(TokenMint))
            return "–";
        var perRound = samples[TokenMint].Zip(samples[kind], (tm, other) => tm / other).OrderBy(r => r).ToArray();
        return $"{Stats.F(Stats.Median(perRound), 3)} ({Stats.F(perRound[perRound.Length / 4], 3)}–{Stats.F(perRound[perRound.Length * 3 / 4], 3)})";
    }

    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new Args(arguments);
        var rounds = args.Int("rounds", 40);
        var batch = args.Int("batch", 200);
        var warmup = args.Int("warmup", 2000);
        var warmupSeconds = args.Int("warmup-seconds", 2);
        var kinds = args.Kinds(VariantKind.RawNewtonsoft, VariantKind.TokenMint, VariantKind.RawSystemTextJson, VariantKind.Refit);
        var operations = args.String("op") is null ? Enum.GetValues<Operation>() : [args.Operation()];
        var inMemory = args.String("in-memory") is not null;
        using var server = inMemory ? null : ServerProcess.Start();
        var root = server?.BaseUri ?? new Uri("http://127.0.0.1:9/");
        Func<System.Net.Http.HttpMessageHandler>? handler = inMemory ? () => new CannedHandler() : null;
        Console.WriteLine($"Paired{(inMemory ? " (in memory: canned handler, no sockets)" : "")}: {rounds} rounds × {batch} sequential calls per variant and operation, after at least {warmup} warm-up calls and {warmupSeconds} s per variant; load average at start: {Stats.LoadAverage()}");

        var text = new StringBuilder();
        text.AppendLine("| operation | variant | median µs/call (wall) | TokenMint/variant wall, per round: median (IQR) | client CPU µs/call | TokenMint/variant CPU, per round: median (IQR) | B/call |");
        text.AppendLine("|---|---|---:|---|---:|---|---:|");
        foreach (var operation in operations)
        {
            var variants = kinds.Select(k => (Label: k.ToString(), Variant: Variants.Create(k, root, handler))).ToList();
            if (inMemory || args.String("split") is not null)
                variants.Insert(Math.Min(2, variants.Count), ("TokenMint without RetryHandler", new TokenMintVariant(root, handler, retryHandler: false)));
            if (args.String("telemetry") is not null)
                variants.Add((Listened, Variants.Create(VariantKind.TokenMint, root, handler)));
            try
            {
                // Long enough for tiered compilation to reach its final code on a loaded machine: calls and time, both.
                foreach (var (label, variant) in variants)
                {
                    using var listeners = label == Listened ? new TelemetryListeners() : null;
                    var warming = Stopwatch.StartNew();
                    for (var i = 0; i < warmup || warming.Elapsed.TotalSeconds < warmupSeconds; i++)
                        await variant.CallAsync(operation).ConfigureAwait(false);
                }

                var micros = variants.ToDictionary(v => v.Label, _ => new List<double>());
                var bytes = variants.ToDictionary(v => v.Label, _ => new List<double>());
                var cpu = variants.ToDictionary(v => v.Label, _ => new List<double>());
                for (var round = 0; round < rounds; round++)
                {
                    for (var j = 0; j < variants.Count; j++)
                    {
                        var (label, variant) = variants[(round + j) % variants.Count];
                        using var listeners = label == Listened ? new TelemetryListeners() : null;
                        var allocated = GC.GetTotalAllocatedBytes(precise: false);
                        var cpuBefore = CpuClock.Now();
                        var clock = Stopwatch.StartNew();
                        for (var i = 0; i < batch; i++)
                            await variant.CallAsync(operation).ConfigureAwait(false);
                        clock.Stop();
                        cpu[label].Add((CpuClock.Now() - cpuBefore).TotalMicroseconds / batch);
                        micros[label].Add(clock.Elapsed.TotalMicroseconds / batch);
                        bytes[label].Add((double)(GC.GetTotalAllocatedBytes(precise: false) - allocated) / batch);
                    }
                }

                foreach (var (kind, _) in variants)
                {
                    text.AppendLine($"| {operation} | {kind} | {Stats.F(Stats.Median(micros[kind]))} | {RoundRatio(micros, kind)} | {Stats.F(Stats.Median(cpu[kind]))} | {RoundRatio(cpu, kind)} | {Stats.F(Stats.Median(bytes[kind]), 0)} |");
                }
            }
            finally
            {
                foreach (var (_, variant) in variants)
                    variant.Dispose();
            }
            Console.WriteLine($"  {operation} done; load average {Stats.LoadAverage()}");
        }
        Console.WriteLine();
        Console.WriteLine(text.ToString());
        Console.WriteLine("B/call is GC.GetTotalAllocatedBytes(precise: false) over the batch: the allocation context granularity makes it approximate (±8 KB per batch); BenchmarkDotNet's Allocated column is exact.");
        Console.WriteLine($"Load average at end: {Stats.LoadAverage()}");
        return 0;
    }
}
