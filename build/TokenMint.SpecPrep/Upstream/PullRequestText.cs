using System;
using System.Linq;
using System.Text;

namespace TokenMint.SpecPrep.Upstream;

/// <summary>
/// The title and body of the pull request spec-watch opens for a vendor whose pages changed: the verdict first, the pages
/// that changed, then the change report. The body is written to artifacts/spec-watch/&lt;vendor&gt;.md.
/// </summary>
public static class PullRequestText
{
    /// <summary>GitHub's limit for a pull request body, in characters.</summary>
    public const int BodyLimit = 65_536;

    /// <param name="verdict">As the report writes it ("**breaking**", "not breaking"…).</param>
    public static string Title(string vendor, string verdict) => $"{vendor}: spec changed upstream ({Plain(verdict)})";

    /// <param name="report">The change report, or the vendor's spec changes when nothing was regenerated.</param>
    /// <param name="note">What the reviewer must do first, when the change cannot be merged as it is; null otherwise.</param>
    public static string Body(UpstreamCheck.Result result, string verdict, string report, string? note, int limit = BodyLimit)
    {
        var md = new StringBuilder();
        md.Append($"# {result.Vendor}: spec changed upstream\n\n");
        md.Append($"Verdict: {(verdict.StartsWith("**", StringComparison.Ordinal) ? verdict : $"**{verdict}**")}\n\n");
        if (note is not null)
            md.Append(note).Append("\n\n");
        md.Append($"`check-upstream` read {result.Vendor}'s pages from the URLs in `specs/{result.Vendor}/provenance.json`; ");
        md.Append("these changed and are imported:\n\n| file | page | sha256 vendored → upstream |\n|---|---|---|\n");
        foreach (var page in result.ChangedPages)
            md.Append($"| `{page.File}` | {page.PageUrl} | `{Short(page.RecordedSha)}` → `{Short(page.UpstreamSha)}` |\n");
        md.Append('\n');
        md.Append("Review it as any spec change (docs/spec-changes.md, \"Review and commit\"): every generated change traces back to the ");
        md.Append("spec diff below; rewrite the CHANGELOG bullets for users; add a wire test for a new field. ");
        md.Append($"The next run rewrites the branch spec-watch/{result.Vendor} if the vendor changes again: to add commits of your own, ");
        md.Append("push them to a branch of your own.\n\n---\n\n");
        return Fit(md.Append(report).ToString(), limit);
    }

    /// <summary>The body cut at a line to fit <paramref name="limit"/> characters, saying so; the whole report is in the job's log.</summary>
    public static string Fit(string body, int limit = BodyLimit)
    {
        if (body.Length <= limit)
            return body;
        const string Cut = "\n\n… (cut to fit a pull request body: the whole report is in the workflow job's log and its spec-watch artifact)\n";
        var end = body.LastIndexOf('\n', Math.Max(0, limit - Cut.Length - 1));
        return body.Substring(0, Math.Max(0, end)) + Cut;
    }

    private static string Plain(string verdict) => verdict.Replace("**", string.Empty, StringComparison.Ordinal);

    private static string Short(string sha) => sha.Length > 12 ? sha.Substring(0, 12) : sha;
}
