using System;
using System.Linq;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Runs;
using TokenMint.Benchmarks.Server;

namespace TokenMint.Benchmarks;

/// <summary>
/// <list type="bullet">
/// <item>(no mode) BenchmarkDotNet: <c>-- --filter '*'</c>, <c>-- --job Dry --filter '*'</c> (CI smoke), <c>-- --filter '*PerCall*'</c> …</item>
/// <item><c>concurrency …</c>: 64 callers sharing one client (<see cref="Concurrency"/>).</item>
/// <item><c>paired …</c>: variants interleaved in short batches, ratios per round (<see cref="Paired"/>).</item>
/// <item><c>coldstart-driver …</c> / <c>coldstart …</c>: first-call cost as whole processes (<see cref="ColdStart"/>).</item>
/// <item><c>loop …</c>: one variant in a loop, for a profiler (<see cref="Loop"/>).</item>
/// <item><c>wirecheck</c>: checks that every variant sends the same requests.</item>
/// <item><c>server [port] [--forever]</c>: the canned Kestrel server (started as a child process by the other modes; it stops when its stdin closes, or with --forever on Ctrl+C).</item>
/// </list>
/// Each mode lives in its own method, so that the cold-start process JITs and loads only what it measures.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "server":
                return await CannedServer.RunAsync(
                    args.Length > 1 && args[1] != "--forever" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0,
                    forever: args.Contains("--forever")).ConfigureAwait(false);
            case "coldstart":
                return await ColdStart.ChildAsync(args[1..]).ConfigureAwait(false);
            case "coldstart-driver":
                return await ColdStart.DriveAsync(args[1..]).ConfigureAwait(false);
            case "paired":
                return await Paired.RunAsync(args[1..]).ConfigureAwait(false);
            case "loop":
                return await Loop.RunAsync(args[1..]).ConfigureAwait(false);
            case "concurrency":
                return await Concurrency.RunAsync(args[1..]).ConfigureAwait(false);
            case "wirecheck":
                return await WireCheckAsync().ConfigureAwait(false);
            default:
                return BenchmarkEntry.Run(args);
        }
    }

    private static async Task<int> WireCheckAsync()
    {
        var problems = await WireCheck.RunAsync().ConfigureAwait(false);
        foreach (var problem in problems)
            Console.WriteLine(problem);
        Console.WriteLine(problems.Count == 0 ? "wire check: every variant sends the same requests and reads the same values" : $"wire check: {problems.Count} difference(s)");
        return problems.Count == 0 ? 0 : 1;
    }
}
