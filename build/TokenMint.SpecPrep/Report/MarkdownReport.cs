using System.Collections.Generic;
using System.Linq;
using System.Text;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Report;

/// <summary>Renders a change report as markdown: verdicts first, then the evidence (spec, generated/, PublicAPI, ApiCompat), then the legend.</summary>
public static class MarkdownReport
{
    public static string Render(ChangeReport report)
    {
        var md = new StringBuilder();
        md.Append("# Spec change report\n\n");
        md.Append($"Base `{report.Base}` → working tree.\n\n");
        Verdicts(md, report);
        Errors(md, report.Vendors);
        md.Append("## Spec changes (effective specs)\n\n");
        foreach (var vendor in report.Vendors)
            Vendor(md, vendor, "###");
        Generated(md, report);
        PublicApi(md, report.PublicApi);
        ApiCompat(md, report.ApiCompat);
        Legend(md);
        return md.ToString();
    }

    /// <summary>One vendor's changes and errors, as the import command prints them after writing a page.</summary>
    public static string RenderVendor(VendorDiff vendor)
    {
        var md = new StringBuilder();
        Errors(md, [vendor]);
        Vendor(md, vendor, "##");
        return md.ToString();
    }

    private static void Verdicts(StringBuilder md, ChangeReport report)
    {
        md.Append("## Verdict\n\n");
        md.Append($"| package | verdict | spec changes (breaking) | public API lines (+/−) | ApiCompat vs {report.ApiCompat.Baseline} |\n");
        md.Append("|---|---|---|---|---|\n");
        foreach (var v in report.Verdicts)
        {
            var binary = !report.ApiCompat.Released ? "skipped"
                : report.ApiCompat.Skipped is not null ? "not run"
                : v.BinaryDifferences is null ? "not compared (new)"
                : v.BinaryDifferences == 0 ? "compatible"
                : $"{v.BinaryDifferences} difference(s){(v.CodeChanged ? string.Empty : ", all older than the base")}";
            md.Append($"| {v.Package} | {VerdictOf(report, v)} | {v.SpecChanges} ({v.SpecBreaking}) | +{v.ApiLinesAdded} / −{v.ApiLinesRemoved} | {binary} |\n");
        }
        md.Append('\n');
    }

    /// <summary>A package's verdict as the report's first table writes it: "**breaking**", "not breaking", "unchanged"….</summary>
    public static string VerdictOf(ChangeReport report, PackageVerdict v)
    {
        // A package whose spec moved its host or changed a limit is not breaking, but the reviewer must see it here first.
        var behaviour = report.Vendors.Any(vendor => vendor.Package == v.Package && vendor.Behaviour);
        return v.Breaking ? "**breaking**" : !v.CodeChanged ? "unchanged" : behaviour ? "not breaking, behaviour change" : "not breaking";
    }

    /// <summary>A vendor's verdict from its spec changes alone, as its section's heading writes it.</summary>
    public static string VerdictOf(VendorDiff vendor) =>
        vendor.Changes.Count == 0 ? "no changes" : vendor.Breaking ? "**breaking**" : vendor.Behaviour ? "not breaking, behaviour change" : "not breaking";

    private static void Errors(StringBuilder md, IEnumerable<VendorDiff> vendors)
    {
        var errors = vendors.SelectMany(v => v.Errors).ToList();
        if (errors.Count == 0)
            return;
        md.Append("## Errors\n\n");
        foreach (var error in errors)
            md.Append($"- ERROR: {error}\n");
        md.Append('\n');
    }

    private static void Vendor(StringBuilder md, VendorDiff vendor, string heading)
    {
        md.Append($"{heading} {vendor.Vendor} ({vendor.Package}): {VerdictOf(vendor)}\n\n");
        if (vendor.Changes.Count == 0)
            return;
        md.Append(Summary(vendor.Changes)).Append("\n\n");
        md.Append("| breaking | change | where | detail |\n|---|---|---|---|\n");
        foreach (var change in vendor.Changes)
            md.Append($"| {(change.Breaking ? "**yes**" : change.Behaviour ? "behaviour" : "no")} | {change.Rule.Change} | `{Cell(change.Location)}` | {Cell(change.Detail)} |\n");
        md.Append('\n');
    }

    /// <summary>
    /// "Operations: 1 added, 0 removed, 0 changed. Schemas: …": an owner counts once, as added, removed or changed.
    /// Server and auth changes, when there are any, follow as counts of changes.
    /// </summary>
    public static string Summary(IReadOnlyList<SpecChange> changes)
    {
        string Count(ChangeArea area, string label, BreakingRule added, BreakingRule removed)
        {
            var owners = changes.Where(c => c.Area == area).GroupBy(c => c.Owner).ToList();
            var add = owners.Count(g => g.Any(c => c.Rule == added));
            var remove = owners.Count(g => g.Any(c => c.Rule == removed));
            return $"{label}: {add} added, {remove} removed, {owners.Count - add - remove} changed.";
        }
        string Wire(ChangeArea area, string label) => changes.Count(c => c.Area == area) is var n and > 0 ? $" {label}: {n} changed." : string.Empty;
        return Count(ChangeArea.Operation, "Operations", BreakingRules.OperationAdded, BreakingRules.OperationRemoved) + " "
            + Count(ChangeArea.Schema, "Schemas", BreakingRules.SchemaAdded, BreakingRules.SchemaRemoved)
            + Wire(ChangeArea.Server, "Servers") + Wire(ChangeArea.Auth, "Auth schemes");
    }

    private static void Generated(StringBuilder md, ChangeReport report)
    {
        md.Append($"## Generated code\n\n`git diff --stat {BaseRevision(report)} -- generated/`\n\n");
        md.Append(report.GeneratedDiffStat.Trim().Length == 0 ? "No changes.\n\n" : $"```text\n{report.GeneratedDiffStat.TrimEnd()}\n```\n\n");
    }

    private static void PublicApi(StringBuilder md, IReadOnlyList<PackageApiDiff> packages)
    {
        md.Append($"## Public API (`{PublicApiDiff.Pathspec}`)\n\n");
        if (packages.Count == 0)
        {
            md.Append("No changes.\n\n");
            return;
        }
        md.Append("A removed line is an API callers may use that is gone or changed: breaking.\n\n");
        foreach (var package in packages)
        {
            md.Append($"### {package.Package}: {(package.Breaking ? "**breaking**" : "additions only")}\n\n```diff\n");
            foreach (var line in package.Removed)
                md.Append("- ").Append(line).Append('\n');
            foreach (var line in package.Added)
                md.Append("+ ").Append(line).Append('\n');
            md.Append("```\n\n");
        }
    }

    private static void ApiCompat(StringBuilder md, ApiCompatResult result)
    {
        md.Append("## Binary compatibility (ApiCompat)\n\n");
        if (!result.Released)
        {
            md.Append(result.Skipped).Append("\n\n");
            return;
        }
        md.Append($"Baseline: {result.Baseline} (`{ApiBaseline.RelativePath}`), against the current Release build.\n\n");
        if (result.Skipped is not null)
        {
            md.Append($"Not run: {result.Skipped}\n\n");
            return;
        }
        md.Append("| package | framework | result |\n|---|---|---|\n");
        foreach (var finding in result.Findings)
            md.Append($"| {finding.Package} | {finding.Framework} | {(finding.Breaking ? $"**{finding.Differences.Count} difference(s)**" : "compatible")} |\n");
        md.Append('\n');
        foreach (var finding in result.Findings.Where(f => f.Breaking))
            foreach (var difference in finding.Differences)
                md.Append($"- {finding.Package} {finding.Framework}: {difference}\n");
        if (result.Findings.Any(f => f.Breaking))
            md.Append('\n');
    }

    public static void Legend(StringBuilder md)
    {
        md.Append("## Legend\n\n");
        md.Append("A change is **breaking** when code or a call that worked with the previous SDK can fail to compile or fail at run time. ");
        md.Append("A **behaviour** change breaks no code but changes what the SDK does: requests go to a new host, or more (fewer) requests are rejected before the network. ");
        md.Append("Specs are compared after preparation (merge, normalizations, overlay, type names), so names are the C# names. ");
        md.Append("A schema's direction comes from the operations that use it, following `$ref`s: parameters and request bodies make it a request schema, ");
        md.Append("responses a response schema; one used both ways is breaking if either way breaks, and an unused one is judged both ways.\n\n");
        md.Append("| change | breaking in a request | breaking in a response | why |\n|---|---|---|---|\n");
        static string Judged(BreakingRule rule, bool breaks, Direction direction) => breaks ? "yes" : rule.ChangesBehaviour(direction) ? "behaviour" : "no";
        foreach (var rule in BreakingRules.All)
            md.Append($"| {rule.Change} | {Judged(rule, rule.BreaksRequest, Direction.Request)} | {Judged(rule, rule.BreaksResponse, Direction.Response)} | {rule.Why} |\n");
        md.Append("\nServers are compared by position (the first is the default base URL), security schemes by name; both apply to every request. ");
        md.Append("Not compared: descriptions, titles, examples, and constraints in responses (the SDK checks only requests'). ");
        md.Append("A rename shows as a removal plus an addition; the removal names the likely new name. ");
        md.Append("A package is breaking when its spec has a breaking change, its PublicAPI files lost a line, or ApiCompat found a difference, ");
        md.Append("provided its code (src/<package>/, generated/<Vendor>/, specs/<vendor>/, src/*.props) changed since the base: an unchanged package is never breaking. ");
        md.Append("the spec rules judge the wire, the other two the C# (a response property that becomes required is fine on the wire but turns `long?` into `long`). ");
        md.Append("Errors (overlay actions whose target matches nothing, operations without a retry class) would stop the build: the command exits 1.\n");
    }

    private static string BaseRevision(ChangeReport report) => report.Base.Split(' ')[0];

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
