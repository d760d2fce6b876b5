using System;
using System.Collections.Generic;
using System.Linq;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.PublicApi;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>update &lt;vendor&gt; &lt;page&gt;…</c>: the maintainer's loop in one command. Imports the pages together, regenerates the
/// vendor's client, brings its PublicAPI.Unshipped.txt up to date (additions and removals), and prints the change report
/// against --base (HEAD by default). Each step is also a command of its own: import, public-api, report.
/// </summary>
public static class UpdateCommand
{
    public static readonly string[] OptionsWithValues = ["--name", "--specs", "--base", "--out", "--changelog"];

    public static int Run(Arguments args)
    {
        var log = ReportCommand.Progress("update");
        var (vendor, imported) = ImportCommand.ImportAndPrint(args, "update", changes: false);
        if (imported.Diff.HasErrors)
        {
            Console.Error.WriteLine($"error : the pages were imported, but specs/{vendor} will not build until the errors above are fixed; then run update again.");
            return 1;
        }
        log(imported.Changed ? "pages imported (the change report below says what changed)" : "pages unchanged; bringing generated/ and the PublicAPI files up to date");

        var git = new Git(RepoRoot.Find());
        var report = RegenerateAndReport(git, [vendor], args.Option("--base") ?? "HEAD", apiCompat: !args.Flag("--no-apicompat"), log);
        return report is null ? 1 : ReportCommand.Publish(report, args, git.RepoRoot, log);
    }

    /// <summary>
    /// After an import: regenerates the vendors' clients (one build of each package, its newest target framework), updates their
    /// PublicAPI files, and compares the working tree with <paramref name="revision"/>. Null when the code still does not build.
    /// </summary>
    public static ChangeReport? RegenerateAndReport(Git git, IReadOnlyCollection<string> vendors, string revision, bool apiCompat, Action<string> log)
    {
        var packages = vendors.Select(PackageNames.ForVendor).ToList();
        var framework = PublicApiUpdater.NewestFramework(git.RepoRoot);
        if (!PublicApiCommand.Apply(git.RepoRoot, PublicApiCommand.Projects(git.RepoRoot, packages), log, framework))
            return null;
        return ReportCommand.Produce(git, revision, git.ResolveCommit(revision), log,
            () => apiCompat ? ReportCommand.CheckBinaryCompatibility(git, log, packages, framework)
                : ApiCompatResult.NotRun("the last release", "--no-apicompat was given."));
    }
}
