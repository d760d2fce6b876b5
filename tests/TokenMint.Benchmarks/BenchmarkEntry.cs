using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TokenMint.Benchmarks.Runs;
using TokenMint.Benchmarks.Server;

namespace TokenMint.Benchmarks;

/// <summary>
/// Runs BenchmarkDotNet. Every job runs in process (no generated project to build: the CI smoke run stays short, and the
/// benchmark does not rebuild the tree other people build); the canned server is a child process shared by all benchmarks.
/// Without <c>--job</c>, the job is <see cref="Reported"/>; with one (<c>--job Dry</c>, <c>--job Short</c>) that job is used.
/// </summary>
public static class BenchmarkEntry
{
    /// <summary>The job behind the numbers in docs/performance.md: 1 launch, 3 warm-up and 10 measured iterations.</summary>
    public static Job Reported { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithId("Reported");

    public static int Run(string[] args)
    {
        WireCheck.EnsureAsync().GetAwaiter().GetResult();
        if (args.Length == 0)
            args = ["--filter", "*"];

        using var server = ServerProcess.Start();
        Environment.SetEnvironmentVariable(ServerProcess.UrlVariable, server.BaseUri.ToString());

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
        var jobGiven = args.Any(a => a is "--job" or "-j" or "--jobs" || a.StartsWith("--job=", StringComparison.Ordinal));
        if (!jobGiven)
            config = config.AddJob(Reported);

        Console.WriteLine($"Canned server: {server.BaseUri} (separate process). Load average: {Stats.LoadAverage()}");
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args, config).ToArray();
        foreach (var summary in summaries)
            RatioReport.Write(summary);
        Console.WriteLine($"Load average at end: {Stats.LoadAverage()}");

        var failed = summaries.Length == 0 || summaries.Any(Failed);
        return failed ? 1 : 0;
    }

    private static bool Failed(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Length == 0 || summary.Reports.Any(r => !r.Success);
}
