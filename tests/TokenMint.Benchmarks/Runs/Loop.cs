using System;
using System.Diagnostics;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// <c>loop &lt;tokenmint|raw|stj|refit&gt; [--op X] [--seconds 20] [--in-memory] [--no-retry-handler]</c>: calls one operation
/// sequentially for a while, for a profiler to attach to (<c>dotnet-trace collect -- TokenMint.Benchmarks loop tokenmint --in-memory</c>).
/// </summary>
public static class Loop
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var args = new Args(arguments);
        var kind = Args.ParseKind(args.Positional[0]);
        var operation = args.Operation();
        var seconds = args.Int("seconds", 20);
        var inMemory = args.String("in-memory") is not null;
        using var server = inMemory ? null : ServerProcess.Start();
        var root = server?.BaseUri ?? new Uri("http://127.0.0.1:9/");
        Func<System.Net.Http.HttpMessageHandler>? handler = inMemory ? () => new CannedHandler() : null;
        using var variant = args.String("no-retry-handler") is not null && kind == VariantKind.TokenMint
            ? new TokenMintVariant(root, handler ?? (() => new System.Net.Http.SocketsHttpHandler()), retryHandler: false)
            : Variants.Create(kind, root, handler);
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 100; i++)
                await variant.CallAsync(operation).ConfigureAwait(false);
            calls += 100;
        }
        Console.WriteLine($"{kind} {operation}: {calls} calls in {Stats.F(clock.Elapsed.TotalSeconds)} s, {Stats.F(clock.Elapsed.TotalMicroseconds / calls)} µs/call");
        return 0;
    }
}
