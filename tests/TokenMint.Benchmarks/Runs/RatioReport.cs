using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// Reads one BenchmarkDotNet summary and prints, per benchmark class and operation, mean, median and allocated bytes for each
/// variant and the ratios TokenMint/raw-Json.NET and TokenMint/Refit, all from the same run, with the targets checked.
/// </summary>
public static class RatioReport
{
    public const double MedianTarget = 1.05;
    public const double AllocationTarget = 1.2;

    public static string Build(Summary summary)
    {
        var rows = summary.Reports
            .Where(r => r.Success && r.ResultStatistics is not null)
            .Select(r => new Row(
                r.BenchmarkCase.Descriptor.Type.Name,
                r.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Operation")?.Value?.ToString() ?? "-",
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                r.BenchmarkCase.Job.ResolvedId,
                r.ResultStatistics!.Mean,
                r.ResultStatistics.Median,
                r.ResultStatistics.StandardDeviation,
                r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)))
            .ToList();

        var text = new StringBuilder();
        foreach (var group in rows.GroupBy(r => (r.Type, r.Job)))
        {
            var methods = group.Select(r => r.Method).Distinct().ToArray();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {group.Key.Type} (job {group.Key.Job})");
            text.AppendLine();
            if (group.Key.Job.StartsWith("Dry", StringComparison.Ordinal))
            {
                text.AppendLine("Dry job: one invocation per benchmark, a smoke test that everything runs. These are not measurements.");
                text.AppendLine();
            }
            text.AppendLine("| operation | variant | mean µs | median µs | stddev µs | allocated B |");
            text.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (var row in group.OrderBy(r => r.Operation, StringComparer.Ordinal).ThenBy(r => Array.IndexOf(methods, r.Method)))
                text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Operation} | {row.Method} | {Us(row.Mean)} | {Us(row.Median)} | {Us(row.StdDev)} | {row.Allocated?.ToString(CultureInfo.InvariantCulture) ?? "?"} |");
            text.AppendLine();

            if (!methods.Contains("TokenMint") || !methods.Contains("RawNewtonsoft"))
                continue;
            text.AppendLine("| operation | TokenMint/raw median | TokenMint/raw mean | TokenMint/raw allocated | TokenMint/Refit median | TokenMint/Refit allocated | targets (median ≤ 1.05, alloc ≤ 1.2, ≤ Refit) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
            foreach (var operation in group.Select(r => r.Operation).Distinct().OrderBy(o => o, StringComparer.Ordinal))
            {
                var byMethod = group.Where(r => r.Operation == operation).ToDictionary(r => r.Method);
                if (!byMethod.TryGetValue("TokenMint", out var tm) || !byMethod.TryGetValue("RawNewtonsoft", out var raw))
                    continue;
                byMethod.TryGetValue("Refit", out var refit);
                var medianRatio = tm.Median / raw.Median;
                var allocRatio = Ratio(tm.Allocated, raw.Allocated);
                var refitRatio = refit is null ? double.NaN : tm.Median / refit.Median;
                var misses = new List<string>();
                if (medianRatio > MedianTarget)
                    misses.Add("median");
                if (allocRatio > AllocationTarget)
                    misses.Add("alloc");
                if (refitRatio > 1)
                    misses.Add("Refit");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {operation} | {R(medianRatio)} | {R(tm.Mean / raw.Mean)} | {R(allocRatio)} | {R(refitRatio)} | {R(refit is null ? double.NaN : Ratio(tm.Allocated, refit.Allocated))} | {(misses.Count == 0 ? "met" : "missed: " + string.Join(", ", misses))} |");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Prints the report and writes it beside BenchmarkDotNet's own results.</summary>
    public static void Write(Summary summary)
    {
        var report = Build(summary);
        if (report.Length == 0)
            return;
        Console.WriteLine();
        Console.WriteLine("// * TokenMint ratios (from this run's summary) *");
        Console.WriteLine(report);
        Directory.CreateDirectory(summary.ResultsDirectoryPath);
        var path = Path.Combine(summary.ResultsDirectoryPath, $"TokenMint-ratios-{summary.Title}.md");
        File.WriteAllText(path, report);
        Console.WriteLine($"Ratios written to {path}");
    }

    private static double Ratio(long? a, long? b) => a is null || b is null || b == 0 ? double.NaN : (double)a.Value / b.Value;

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F2", CultureInfo.InvariantCulture);

    private static string R(double ratio) => double.IsNaN(ratio) ? "–" : ratio.ToString("F3", CultureInfo.InvariantCulture);

    private sealed record Row(string Type, string Operation, string Method, string Job, double Mean, double Median, double StdDev, long? Allocated);
}
