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

    public static readonly string[] OptionsWithValues = ["--base", "--out", "--changelog"];

    public static int Run(Arguments args)
    {
        var log = Progress("report");
        var revision = args.Option("--base") ?? throw new SpecException("report needs --base <git revision>, e.g. --base origin/main or --base HEAD.");
        var git = new Git(RepoRoot.Find());
        var commit = git.ResolveCommit(revision);
        var buildFailure = args.Flag("--no-build") ? null : BuildCurrent(git.RepoRoot, log);
        var report = Produce(git, revision, commit, log, () =>
            args.Flag("--no-apicompat") ? ApiCompatResult.NotRun("the last release", "--no-apicompat was given.")
            : buildFailure is not null ? ApiCompatResult.NotRun("the last release", $"the current build failed:\n\n```text\n{buildFailure}\n```")
            : CheckBinaryCompatibility(git, log, packages: null));
        return Publish(report, args, git.RepoRoot, log);
    }

    /// <summary>Progress lines on stderr with the seconds since the command started: "report [   3s]: …".</summary>
    public static Action<string> Progress(string command)
    {
        var clock = Stopwatch.StartNew();
        return message => Console.Error.WriteLine($"{command} [{clock.Elapsed.TotalSeconds,5:0}s]: {message}");
    }

    /// <summary>Compares the working tree with <paramref name="commit"/>: specs, generated/, PublicAPI files, then the binary check.</summary>
    public static ChangeReport Produce(Git git, string revision, string commit, Action<string> log, Func<ApiCompatResult> binaryCheck)
    {
        var shortCommit = commit.Substring(0, 12);
        var label = commit.StartsWith(revision, StringComparison.OrdinalIgnoreCase) ? shortCommit : $"{revision} ({shortCommit})";
        log($"comparing specs/ at {label} with the working tree");
        var vendors = CompareSpecs(git, commit, git.RepoRoot);
        return new ChangeReport(label, vendors, GeneratedDiffStat(git, commit),
            PublicApiDiff.Parse(git.Run("diff", commit, "--", PublicApiDiff.Pathspec)), binaryCheck(), ChangedCode.Since(git, commit));
    }

    /// <summary>Prints the report, writes it to --out, adds its findings to the changelog with --changelog; the exit code.</summary>
    public static int Publish(ChangeReport report, Arguments args, string root, Action<string> log)
    {
        var markdown = MarkdownReport.Render(report);
        Console.Write(markdown);
        var output = Path.Combine(root, args.Option("--out") ?? DefaultOut);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, markdown);
        log($"written to {RepoRoot.Relative(output)}");
        if (args.Flag("--changelog"))
            UpdateChangelog(report, Path.Combine(root, args.Option("--changelog") ?? "CHANGELOG.md"), log);
        foreach (var error in report.Vendors.SelectMany(v => v.Errors))
            Console.Error.WriteLine($"error : {error}");
        log($"done: {(report.Verdicts.Any(v => v.Breaking) ? "breaking changes found" : "nothing breaking")}{(report.HasErrors ? ", with errors" : string.Empty)}");
        return report.ExitCode;
    }

    /// <param name="packages">Only these packages (null: all). The others' code did not change, so they cannot be breaking.</param>
    /// <param name="framework">Only this target framework (null: all), the one just built.</param>
    public static ApiCompatResult CheckBinaryCompatibility(Git git, Action<string> log, IReadOnlyCollection<string>? packages, string? framework = null)
    {
        try
        {
            var baseline = ApiBaseline.Load(git.RepoRoot);
            if (baseline is null)
            {
                log(ApiBaseline.NoRelease);
                return ApiCompatResult.NoRelease();
            }
            var before = BaselineAssemblies.Get(git, baseline, log)
                .Where(a => (packages?.Contains(a.Package) ?? true) && (framework is null || a.Framework == framework)).ToList();
            log("running ApiCompat per package and target framework");
            return ApiCompatCheck.Run(git.RepoRoot, baseline.ToString(), before, PackageAssembly.ReleaseOutputs(git.RepoRoot));
        }
        catch (SpecException error)
        {
            return ApiCompatResult.NotRun("the last release", error.Message);
        }
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

    /// <summary>Adds the report's findings under Unreleased in <paramref name="path"/> (what --changelog does).</summary>
    internal static void UpdateChangelog(ChangeReport report, string path, Action<string> log)
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
