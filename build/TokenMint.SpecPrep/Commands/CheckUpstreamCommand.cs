using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Upstream;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>check-upstream [--vendor id] [--from folder|base URL]</c>: reads every vendored page from the URL recorded in
/// provenance.json, and for each vendor whose pages changed imports them, regenerates its client, updates its PublicAPI files
/// and writes the change report, headed by its verdict, to artifacts/spec-watch/&lt;vendor&gt;.md (the body of the pull request
/// .github/workflows/spec-watch.yml opens). Exit codes: 0 nothing changed, 2 something changed (imported, report written),
/// 1 an error (each names the vendor, the location read and the cause; the other vendors are still checked).
/// </summary>
public static class CheckUpstreamCommand
{
    public const int Unchanged = 0;
    public const int Failed = 1;
    public const int Changed = 2;
    public const string DefaultOut = "artifacts/spec-watch";

    public const string Usage = "check-upstream [--vendor <id>] [--from <folder or base URL>] [--timeout <seconds>] [--out <folder>] "
        + "[--changelog [CHANGELOG.md]] [--base HEAD] [--no-build] [--no-apicompat] [--github-output <file>] [--list]";

    public static readonly string[] OptionsWithValues = ["--vendor", "--from", "--timeout", "--out", "--base", "--changelog", "--github-output"];

    public static int Run(Arguments args) => Run(args, TimeProvider.System);

    /// <param name="time">Drives the fetch time limit and the import date.</param>
    public static int Run(Arguments args, TimeProvider time)
    {
        if (args.Positional.Count > 0)
            throw new SpecException($"check-upstream takes no pages ({args.Positional[0]}): it reads each vendor's pages from the URLs in specs/<vendor>/provenance.json. Usage: {Usage}");
        var root = RepoRoot.Find();
        var specs = Path.Combine(root, "specs");
        var vendors = Vendors(specs, args.Option("--vendor"));
        var githubOutput = args.Option("--github-output");
        if (args.Flag("--list"))
        {
            var json = JsonConvert.SerializeObject(vendors);
            Console.WriteLine(json);
            WriteOutputs(githubOutput, ("vendors", json));
            return Unchanged;
        }
        var from = From(args.Option("--from"));
        var log = ReportCommand.Progress("check-upstream");

        var results = Check(specs, vendors, from, Timeout(args.Option("--timeout")), time, log);
        foreach (var error in results.Select(r => r.Error).OfType<string>())
            Console.Error.WriteLine($"error : {error}");
        var changed = results.Where(r => r.Changed).ToList();
        var reports = changed.Count == 0 ? [] : WriteReports(root, changed, args, log);
        if (reports is null)
            return Failed;

        var outputs = new List<(string, string)> { ("changed", changed.Count > 0 ? "true" : "false") };
        if (vendors.Count == 1 && reports.Count == 1)
            outputs.AddRange([("title", reports[0].Title), ("report", reports[0].Path)]);
        WriteOutputs(githubOutput, [.. outputs]);
        var failed = results.Count(r => r.Error is not null);
        log($"done: {changed.Count} vendor(s) changed{(changed.Count > 0 ? $" ({string.Join(", ", reports.Select(r => r.Path))})" : string.Empty)}, "
            + $"{results.Count - changed.Count - failed} unchanged, {failed} failed");
        return failed > 0 ? Failed : changed.Count > 0 ? Changed : Unchanged;
    }

    private static IReadOnlyList<string> Vendors(string specs, string? vendor)
    {
        if (string.IsNullOrWhiteSpace(vendor))
            return KnownVendors.In(specs);
        KnownVendors.Require(specs, vendor);
        return [vendor];
    }

    private static List<UpstreamCheck.Result> Check(string specs, IReadOnlyList<string> vendors, string? from, TimeSpan timeout, TimeProvider time, Action<string> log)
    {
        using var fetcher = new PageFetcher(timeout, time);
        var check = new UpstreamCheck(specs, fetcher, from, time);
        var results = new List<UpstreamCheck.Result>();
        foreach (var vendor in vendors)
        {
            // One vendor at a time: a failure stops that vendor at its first bad page, and the others go on.
            var result = check.RunAsync(vendor).GetAwaiter().GetResult();
            log(result.Error is not null ? $"{vendor}: failed"
                : result.Changed ? $"{vendor}: changed: {string.Join(", ", result.ChangedPages.Select(p => $"{p.File} ({p.PageUrl})"))}; imported"
                : $"{vendor}: unchanged ({result.Pages.Count} page(s) match provenance.json)");
            results.Add(result);
        }
        return results;
    }

    /// <summary>Regenerates the changed vendors and writes each one's report; null when the imported pages do not build.</summary>
    private static List<(string Title, string Path)>? WriteReports(string root, List<UpstreamCheck.Result> changed, Arguments args, Action<string> log)
    {
        var outFolder = Path.Combine(root, args.Option("--out") ?? DefaultOut);
        Directory.CreateDirectory(outFolder);
        // A vendor whose pages need an overlay fix before they build is reported as it is: its pull request is where the fix goes.
        var buildable = changed.Where(r => !r.Import!.Diff.HasErrors).Select(r => r.Vendor).ToList();
        ChangeReport? report = null;
        if (buildable.Count > 0 && !args.Flag("--no-build"))
        {
            report = UpdateCommand.RegenerateAndReport(new Git(root), buildable, args.Option("--base") ?? "HEAD", !args.Flag("--no-apicompat"), log);
            if (report is null)
            {
                Console.Error.WriteLine($"error : the pages of {string.Join(", ", buildable)} were imported, but the code does not build (above).");
                return null;
            }
            if (args.Flag("--changelog"))
                ReportCommand.UpdateChangelog(report, Path.Combine(root, args.Option("--changelog") ?? "CHANGELOG.md"), log);
            Console.Write(MarkdownReport.Render(report));
        }
        return changed.Select(result =>
        {
            var (verdict, text, note) = Describe(result, report);
            var path = Path.Combine(outFolder, $"{result.Vendor}.md");
            File.WriteAllText(path, PullRequestText.Body(result, verdict, text, note));
            log($"{result.Vendor}: report written to {RepoRoot.Relative(path)}");
            return (PullRequestText.Title(result.Vendor, verdict), Path.GetRelativePath(root, path).Replace('\\', '/'));
        }).ToList();
    }

    private static (string Verdict, string Report, string? Note) Describe(UpstreamCheck.Result result, ChangeReport? report)
    {
        var diff = result.Import!.Diff;
        if (diff.HasErrors)
            return ("needs an overlay fix", MarkdownReport.RenderVendor(diff),
                $"The pages are imported, but `specs/{result.Vendor}` will not build until the errors below are fixed in "
                + $"`specs/{result.Vendor}/overlay.yaml`; then `bash build/update-public-api.sh {result.Vendor}` regenerates the client and its PublicAPI files.");
        if (report is null)
            return (MarkdownReport.VerdictOf(diff), MarkdownReport.RenderVendor(diff),
                "Only the pages are imported (`--no-build`): `bash build/update-public-api.sh " + result.Vendor
                + "` regenerates the client and its PublicAPI files, and `report --base HEAD` gives the full verdict.");
        var package = report.Verdicts.First(v => v.Package == diff.Package);
        var note = diff.Changes.Count == 0 ? "The effective spec did not change (descriptions, examples or formatting only)." : null;
        return (MarkdownReport.VerdictOf(report, package), MarkdownReport.Render(report), note);
    }

    private static string? From(string? from)
    {
        if (from is null || UpstreamLocations.IsUrl(from))
            return from;
        return Directory.Exists(from) ? Path.GetFullPath(from) : throw new SpecException($"--from {from}: no such folder (give a folder or an http(s) base URL).");
    }

    private static TimeSpan Timeout(string? seconds)
    {
        if (seconds is null)
            return PageFetcher.DefaultTimeout;
        return double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 3600
            ? TimeSpan.FromSeconds(value)
            : throw new SpecException($"--timeout {seconds}: give the seconds to wait for each page, more than 0 and at most 3600 (default {PageFetcher.Seconds(PageFetcher.DefaultTimeout)}).");
    }

    /// <summary>Appends name=value lines to the file GitHub Actions reads step outputs from ($GITHUB_OUTPUT).</summary>
    private static void WriteOutputs(string? file, params (string Name, string Value)[] outputs)
    {
        if (file is not null)
            File.AppendAllLines(file, outputs.Select(o => $"{o.Name}={o.Value}"));
    }
}
