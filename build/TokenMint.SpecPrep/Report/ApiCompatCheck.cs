using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.Report;

/// <summary>ApiCompat's verdict for one package and target framework: the differences it found (none: compatible).</summary>
public sealed record ApiCompatFinding(string Package, string Framework, IReadOnlyList<string> Differences)
{
    public bool Breaking => Differences.Count > 0;
}

/// <summary>The binary check as a whole: what it compared against, and its findings, or why it did not run.</summary>
/// <param name="Released">False when nothing has been released, so there is no baseline to compare with.</param>
public sealed record ApiCompatResult(string Baseline, IReadOnlyList<ApiCompatFinding> Findings, string? Skipped, bool Released = true)
{
    public static ApiCompatResult NotRun(string baseline, string reason) => new(baseline, [], reason);

    public static ApiCompatResult NoRelease() =>
        new("no release", [], $"{ApiBaseline.NoRelease} (`{ApiBaseline.RelativePath}` records no released version; the first release will be 0.1.0).", Released: false);
}

/// <summary>
/// Runs ApiCompat (the local tool in .config/dotnet-tools.json) on each package's baseline assembly against the current one,
/// per target framework: the binary verdict, independent of how the spec diff classified the changes.
/// </summary>
public static class ApiCompatCheck
{
    private static readonly Regex Difference = new(@"^(?<rule>CP\d{4}): (?<text>.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static ApiCompatResult Run(string repoRoot, string baseline, IReadOnlyList<PackageAssembly> before, IReadOnlyList<PackageAssembly> after)
    {
        var restore = ProcessRunner.Run("dotnet", ["tool", "restore"], repoRoot);
        if (!restore.Succeeded)
            return ApiCompatResult.NotRun(baseline, $"`dotnet tool restore` failed:\n{restore.Tail()}");
        // Two at a time: each run is mostly start-up, and the machines have two cores.
        var findings = before.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(left =>
        {
            var right = after.FirstOrDefault(a => a.Package == left.Package && a.Framework == left.Framework);
            if (right is null)
                return new ApiCompatFinding(left.Package, left.Framework, [$"no current {left.Framework} assembly: the package or target framework is gone"]);
            var result = ProcessRunner.Run("dotnet", ["apicompat", "--left-assembly", left.Path, "--right-assembly", right.Path], repoRoot);
            return new ApiCompatFinding(left.Package, left.Framework, Differences(result, left.Path, right.Path));
        }).ToList();
        return new ApiCompatResult(baseline, findings, null);
    }

    /// <summary>The CPxxxx lines ApiCompat printed, with the long assembly paths shortened to "baseline" and "current".</summary>
    public static IReadOnlyList<string> Differences(ProcessResult result, string leftPath, string rightPath)
    {
        var differences = Difference.Matches(result.Output + "\n" + result.Error)
            .Select(m => m.Value.TrimEnd('\r').Replace(leftPath, "baseline", StringComparison.Ordinal).Replace(rightPath, "current", StringComparison.Ordinal))
            .Distinct().ToList();
        if (differences.Count == 0 && !result.Succeeded)
            differences.Add($"apicompat failed: {result.Tail(5)}");
        return differences;
    }
}
