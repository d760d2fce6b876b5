using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// First-call cost (JIT, type loading, serializer contracts), timed as whole processes.
/// <c>coldstart &lt;tokenmint|raw|stj|refit&gt; &lt;server-url&gt; [--op X]</c> is the measured process: it creates a client, makes one
/// call, then a second one, and prints both times. <c>coldstart-driver [--runs 15] [--variants tokenmint,raw] [--op X]</c>
/// starts the canned server, runs the measured process for each variant in turn (order alternating) and reports medians of
/// the whole-process wall time and of the in-process first-call time.
/// </summary>
public static class ColdStart
{
    private const string Marker = "coldstart ";

    /// <summary>The measured process. Touches nothing but the variant under test (no BenchmarkDotNet, no ASP.NET Core).</summary>
    public static async Task<int> ChildAsync(string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var args = new Args(arguments);
        // Attribution only (it slows the process): which namespaces the JIT compiles methods of.
        using var jitList = args.String("jit-list") is not null ? new JitListener() : null;
        var kind = Args.ParseKind(args.Positional[0]);
        var url = new Uri(args.Positional[1]);
        var operation = args.Operation();
        using var variant = Variants.Create(kind, url);
        var created = clock.Elapsed;
        var result = await variant.CallAsync(operation).ConfigureAwait(false);
        var first = clock.Elapsed;
        clock.Restart();
        await variant.CallAsync(operation).ConfigureAwait(false);
        var second = clock.Elapsed;
        if (result != Canned.ExpectedResult(operation))
            return 2;
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Marker}construct-ms={created.TotalMilliseconds:F2} first-call-ms={first.TotalMilliseconds:F2} second-call-ms={second.TotalMilliseconds:F3} jit-methods={System.Runtime.JitInfo.GetCompiledMethodCount()} jit-ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} assemblies={assemblies.Length}"));
        if (jitList is not null)
            foreach (var (ns, count) in jitList.ByNamespace().OrderByDescending(p => p.Value).Take(40))
                Console.WriteLine($"jit {count,5} {ns}");
        if (args.String("list-assemblies") is not null)
            foreach (var name in assemblies.Select(a => a.GetName().Name).OrderBy(n => n, StringComparer.Ordinal))
                Console.WriteLine("assembly " + name);
        return 0;
    }

    public static async Task<int> DriveAsync(string[] arguments)
    {
        var args = new Args(arguments);
        var runs = args.Int("runs", 15);
        var operation = args.Operation();
        var kinds = args.Kinds(VariantKind.TokenMint, VariantKind.RawNewtonsoft);
        using var server = ServerProcess.Start();
        Console.WriteLine($"Cold start: {runs} processes per variant, one {operation} call each (plus a discarded warm-up process per variant). Load average at start: {Stats.LoadAverage()}");

        foreach (var kind in kinds)
            Measure(kind, server.BaseUri, operation); // page cache, disk: not counted

        var samples = kinds.ToDictionary(k => k, _ => new List<Sample>());
        for (var run = 0; run < runs; run++)
        {
            var order = run % 2 == 0 ? kinds : kinds.Reverse().ToArray();
            foreach (var kind in order)
                samples[kind].Add(Measure(kind, server.BaseUri, operation));
        }
        await Task.CompletedTask.ConfigureAwait(false);

        var rawWall = samples.TryGetValue(VariantKind.RawNewtonsoft, out var raw) ? Stats.Median(raw.Select(s => s.WallMs)) : double.NaN;
        var rawFirst = raw is null ? double.NaN : Stats.Median(raw.Select(s => s.FirstCallMs));
        var text = new StringBuilder();
        text.AppendLine($"| variant ({operation}) | process wall ms (median) | min–max | vs raw Json.NET | in-process: construct + first call ms (median) | vs raw | second call ms | methods JIT-compiled | JIT ms | assemblies loaded |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, list) in samples)
        {
            var wall = Stats.Median(list.Select(s => s.WallMs));
            var first = Stats.Median(list.Select(s => s.FirstCallMs));
            text.AppendLine($"| {kind} | {Stats.F(wall)} | {Stats.F(list.Min(s => s.WallMs))}–{Stats.F(list.Max(s => s.WallMs))} | {Sign(wall - rawWall)} ms ({Stats.F(wall / rawWall, 2)}×) | {Stats.F(first)} | {Sign(first - rawFirst)} ms ({Stats.F(first / rawFirst, 2)}×) | {Stats.F(Stats.Median(list.Select(s => s.SecondCallMs)), 2)} | {Stats.F(Stats.Median(list.Select(s => s.JitMethods)), 0)} | {Stats.F(Stats.Median(list.Select(s => s.JitMs)))} | {Stats.F(Stats.Median(list.Select(s => s.Assemblies)), 0)} |");
        }
        Console.WriteLine();
        Console.WriteLine(text.ToString());
        Console.WriteLine($"Load average at end: {Stats.LoadAverage()}");
        return 0;
    }

    private static string Sign(double value) => (value >= 0 ? "+" : "") + Stats.F(value);

    private static Sample Measure(VariantKind kind, Uri server, Operation operation)
    {
        var start = ServerProcess.SelfStartInfo("coldstart", kind.ToString(), server.ToString(), "--op", operation.ToString());
        start.RedirectStandardOutput = true;
        start.Environment.Remove(ServerProcess.UrlVariable);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cold-start process.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The cold-start process for {kind} exited with {process.ExitCode}: {output}");
        var line = output.Split('\n').Single(l => l.StartsWith(Marker, StringComparison.Ordinal));
        var values = line[Marker.Length..].Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        return new Sample(clock.Elapsed.TotalMilliseconds, values["first-call-ms"], values["second-call-ms"], values["jit-methods"], values["jit-ms"], values["assemblies"]);
    }

    private readonly record struct Sample(double WallMs, double FirstCallMs, double SecondCallMs, double JitMethods, double JitMs, double Assemblies);

    /// <summary>Counts MethodJittingStarted events by the method's namespace (first three segments).</summary>
    private sealed class JitListener : System.Diagnostics.Tracing.EventListener
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public Dictionary<string, int> ByNamespace() => new(_counts, StringComparer.Ordinal);

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10); // JIT
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) != true || eventData.Payload is null)
                return;
            var index = eventData.PayloadNames!.IndexOf("MethodNamespace");
            var full = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
            var parts = full.Split('.', '+', '`');
            var key = string.Join('.', parts.Take(Math.Min(3, parts.Length)));
            _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }
}
