using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep.Changelog;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>report --base &lt;rev&gt;</c>: what changed since a revision, per package, and whether it breaks callers: effective spec diff,
/// generated/ diff stat, PublicAPI diff and ApiCompat against the last release. Prints markdown and writes it to --out.
/// </summary>
public static class ReportCommand
{
    public const string DefaultOut = "artifacts/change-report.md";

    public static int Run(Arguments args)
    {
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"report [{clock.Elapsed.TotalSeconds,5:0}s]: {message}");
        var revision = args.Option("--base") ?? throw new SpecException("report needs --base <git revision>, e.g. --base origin/main or --base HEAD.");
        var root = RepoRoot.Find();
        var git = new Git(root);
        var commit = git.ResolveCommit(revision);
        var shortCommit = commit.Substring(0, 12);
        var label = commit.StartsWith(revision, StringComparison.OrdinalIgnoreCase) ? shortCommit : $"{revision} ({shortCommit})";

        Log($"comparing specs/ at {label} with the working tree");
        var vendors = CompareSpecs(git, commit, root);
        var buildFailure = args.Flag("--no-build") ? null : BuildCurrent(root, Log);
        var report = new ChangeReport(label, vendors, GeneratedDiffStat(git, commit),
            PublicApiDiff.Parse(git.Run("diff", commit, "--", PublicApiDiff.Pathspec)),
            args.Flag("--no-apicompat") ? ApiCompatResult.NotRun("the last release", "--no-apicompat was given.")
                : buildFailure is not null ? ApiCompatResult.NotRun("the last release", $"the current build failed:\n\n```text\n{buildFailure}\n```")
                : CheckBinaryCompatibility(git, Log),
            ChangedCode.Since(git, commit));

        var markdown = MarkdownReport.Render(report);
        Console.Write(markdown);
        var output = Path.Combine(root, args.Option("--out") ?? DefaultOut);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, markdown);
        Log($"written to {RepoRoot.Relative(output)}");
        if (args.Flag("--changelog"))
            UpdateChangelog(report, Path.Combine(root, args.Option("--changelog") ?? "CHANGELOG.md"), Log);
        foreach (var error in report.Vendors.SelectMany(v => v.Errors))
            Console.Error.WriteLine($"error : {error}");
        Log($"done: {(report.Verdicts.Any(v => v.Breaking) ? "breaking changes found" : "nothing breaking")}{(report.HasErrors ? ", with errors" : string.Empty)}");
        return report.ExitCode;
    }

    private static List<VendorDiff> CompareSpecs(Git git, string commit, string root)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"tokenmint-report-{Guid.NewGuid():N}");
        try
        {
            var before = BaseSpecs.Extract(git, commit, temp);
            var after = BaseSpecs.Current(Path.Combine(root, "specs"));
            return before.Keys.Union(after.Keys).OrderBy(v => v, StringComparer.Ordinal)
                .Select(v => VendorComparison.Compare(v, before.GetValueOrDefault(v), after.TryGetValue(v, out var folder) ? RepoRoot.Relative(folder) : null))
                .ToList();
        }
        finally
        {
            if (Directory.Exists(temp))
                Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Builds src/ in Release like any build (regenerating generated/ from the current specs); returns why it failed, or null.</summary>
    private static string? BuildCurrent(string root, Action<string> log)
    {
        log("building src/ in Release (the current side of ApiCompat)");
        var solution = Path.Combine(root, "artifacts", "change-report", "current.slnx");
        PackageAssembly.WriteSolution(solution, PackageAssembly.Projects(root));
        var build = ProcessRunner.Run("dotnet", ["build", solution, "-c", "Release", "-nologo", "-v:q"], root);
        return build.Succeeded ? null : build.BuildErrors();
    }

    private static string GeneratedDiffStat(Git git, string commit)
    {
        var stat = git.Run("diff", "--stat=160", commit, "--", "generated/").TrimEnd();
        var untracked = git.Run("ls-files", "--others", "--exclude-standard", "--", "generated/")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(path => $" {path} (new, untracked)");
        return string.Join("\n", new[] { stat }.Concat(untracked).Where(l => l.Length > 0));
    }

    private static ApiCompatResult CheckBinaryCompatibility(Git git, Action<string> log)
    {
        try
        {
            var baseline = ApiBaseline.Load(git.RepoRoot);
            if (baseline is null)
            {
                log(ApiBaseline.NoRelease);
                return ApiCompatResult.NoRelease();
            }
            var before = BaselineAssemblies.Get(git, baseline, log);
            log("running ApiCompat per package and target framework");
            return ApiCompatCheck.Run(git.RepoRoot, baseline.ToString(), before, PackageAssembly.ReleaseOutputs(git.RepoRoot));
        }
        catch (SpecException error)
        {
            return ApiCompatResult.NotRun("the last release", error.Message);
        }
    }

    private static void UpdateChangelog(ChangeReport report, string path, Action<string> log)
    {
        var entries = ChangelogEntries.From(report);
        if (entries.Count == 0)
        {
            log("CHANGELOG: nothing to add");
            return;
        }
        var before = File.Exists(path) ? File.ReadAllText(path) : "# Changelog\n";
        var after = ChangelogWriter.AddUnreleased(before, entries, out var packagesAdded);
        if (packagesAdded.Count == 0)
        {
            log($"CHANGELOG: nothing to add, every finding is already under Unreleased in {RepoRoot.Relative(path)}");
            return;
        }
        File.WriteAllText(path, after);
        log($"CHANGELOG: findings added under Unreleased for {string.Join(", ", packagesAdded)} in {RepoRoot.Relative(path)}");
    }
}
