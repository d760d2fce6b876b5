using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Import;

namespace TokenMint.SpecPrep.Upstream;

/// <summary>
/// One vendor's check: reads each page recorded in specs/&lt;vendor&gt;/provenance.json from its URL (or a mirror, --from),
/// compares its document's sha256 with the one recorded, and imports the pages that changed, together. Every page is read and
/// checked before anything is written, so a vendor with one unreadable page is left as it was.
/// </summary>
public sealed class UpstreamCheck(string specsRoot, PageFetcher fetcher, string? from, TimeProvider time)
{
    /// <param name="File">The vendored file (specs/&lt;vendor&gt;/&lt;File&gt;).</param>
    /// <param name="PageUrl">The page's own URL, as recorded.</param>
    /// <param name="Location">Where it was read: the markdown URL, or the file or URL under --from.</param>
    public sealed record Page(string File, string PageUrl, string Location, string RecordedSha, string UpstreamSha)
    {
        public bool Changed => !string.Equals(RecordedSha, UpstreamSha, StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="Import">The import of the changed pages; null when none changed or the check failed.</param>
    /// <param name="Error">Why the vendor could not be checked or imported: "&lt;vendor&gt;: &lt;location&gt;: &lt;cause&gt;".</param>
    public sealed record Result(string Vendor, IReadOnlyList<Page> Pages, ImportReview.Outcome? Import, string? Error)
    {
        public IReadOnlyList<Page> ChangedPages => Pages.Where(p => p.Changed).ToList();

        /// <summary>Pages were imported: what the vendor publishes differs from what specs/ holds.</summary>
        public bool Changed => Error is null && Import is not null;
    }

    public async Task<Result> RunAsync(string vendor)
    {
        var folder = Path.Combine(specsRoot, vendor);
        var pages = new List<Page>();
        var changed = new List<SpecSource>();
        var records = Provenance.Files(Provenance.Load(folder));
        foreach (var file in SpecFolder.Pages(folder).Select(Path.GetFileName).OfType<string>())
        {
            var record = records[file] as JObject;
            var pageUrl = record is null ? null : Provenance.PageUrlOf(record, folder, file);
            if (pageUrl is null || !UpstreamLocations.IsUrl(pageUrl))
                return new Result(vendor, pages, null,
                    $"{vendor}: specs/{vendor}/{file} has no page URL in provenance.json; import it once from its page (its URL or the saved page) so the URL is recorded.");
            var location = UpstreamLocations.Map(UpstreamLocations.MarkdownUrl(pageUrl), from);
            // Messages name the place read, and the page it stands for when that is a mirror.
            var origin = from is null ? location : $"{location} (for {pageUrl})";
            string text;
            try
            {
                text = await fetcher.ReadAsync(location).ConfigureAwait(false);
            }
            catch (SpecException error)
            {
                return new Result(vendor, pages, null, $"{vendor}: {origin}: {error.Message}");
            }
            try
            {
                var source = Parse(text, origin, pageUrl, UpstreamLocations.IsMarkdown(location));
                var page = new Page(file, pageUrl, location, (string?)record!["sha256"] ?? "none", SpecImporter.Sha256(source.Yaml));
                pages.Add(page);
                if (page.Changed)
                    changed.Add(source);
            }
            catch (SpecException error)
            {
                return new Result(vendor, pages, null, $"{vendor}: {error.Message}");
            }
        }
        if (changed.Count == 0)
            return new Result(vendor, pages, null, null);
        try
        {
            // The pages come from the vendor's own recorded URLs and land as a pull request for review, so what import asks a
            // person to confirm (other servers, another title) is imported and shown in the report instead of refused.
            var importer = new SpecImporter(specsRoot, () => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            return new Result(vendor, pages, ImportReview.Run(importer, specsRoot, vendor, changed, fileName: null, force: true), null);
        }
        catch (SpecException error)
        {
            return new Result(vendor, pages, null, $"{vendor}: {error.Message}");
        }
    }

    /// <summary>The page's document, known to be OpenAPI, recognised by its recorded URL wherever it was read.</summary>
    private static SpecSource Parse(string text, string origin, string pageUrl, bool markdown)
    {
        if (markdown && !SpecSource.HasFence(text))
            throw new SpecException($"{origin}: not an OpenAPI page: it has no ````yaml fence (it begins: {Beginning(text)}).");
        var source = SpecSource.Parse(text, origin) with { PageUrl = pageUrl };
        SpecImporter.ValidateOpenApi(source);
        return source;
    }

    private static string Beginning(string text)
    {
        var line = text.TrimStart().Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "an empty page" : $"\"{(line.Length > 60 ? line.Substring(0, 60) + "…" : line)}\"";
    }
}
