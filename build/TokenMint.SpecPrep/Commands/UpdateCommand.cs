using System;
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
        var package = PackageNames.ForVendor(vendor);
        var framework = PublicApiUpdater.NewestFramework(git.RepoRoot);
        if (!PublicApiCommand.Apply(git.RepoRoot, PublicApiCommand.Projects(git.RepoRoot, [package]), log, framework))
            return 1;

        var revision = args.Option("--base") ?? "HEAD";
        var report = ReportCommand.Produce(git, revision, git.ResolveCommit(revision), log,
            () => args.Flag("--no-apicompat") ? ApiCompatResult.NotRun("the last release", "--no-apicompat was given.")
                : ReportCommand.CheckBinaryCompatibility(git, log, [package], framework));
        return ReportCommand.Publish(report, args, git.RepoRoot, log);
    }
}
