using System;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Upstream;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// A docs page's own URL, the key import recognises a page by when its operation moves. The vendors' pages (Mintlify docs) do
/// not state it: their first lines name only the site's index (…/llms.txt). So it comes, in order, from a "Source:" line on
/// the page, from the URL the page was downloaded from, or is derived the way Mintlify builds the URL of a page it generates
/// from an OpenAPI operation: <c>&lt;site&gt;/api-reference/&lt;tag&gt;/&lt;summary&gt;</c>, where the site is the index's URL
/// without "llms.txt", the tag is the operation's first tag (no part when it has none), and the summary is the operation's
/// (its method and path segments without parameters when it has none), each lower-cased with spaces turned into hyphens and
/// <c>{ } ( ) , . ' /</c> removed; an <c>x-mint.href</c> on the operation replaces the path. The path is not part of it, so a
/// page keeps its URL when its operation moves.
/// </summary>
public static class PageUrls
{
    public const string Directory = "api-reference";

    public static bool IsDocsIndex(string url) => url.EndsWith("/llms.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page's URL when it was downloaded from one (a Mintlify page is served as markdown at its URL + ".md").</summary>
    public static string? FromOrigin(string origin) =>
        UpstreamLocations.IsUrl(origin)
            ? Canonical(origin)
            : null;

    public static string Canonical(string url)
    {
        var trimmed = url.Split('#', '?')[0].TrimEnd('/');
        return trimmed.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(0, trimmed.Length - 3) : trimmed;
    }

    /// <param name="docsIndex">The site's index, e.g. https://docs.deck.co/llms.txt.</param>
    /// <param name="operation">"post /link/token/create", as in the page's fence.</param>
    /// <returns>The page's URL, or null when the document does not hold the operation.</returns>
    public static string? Derive(string docsIndex, JObject document, string operation)
    {
        var (method, path) = (operation.Split(' ', 2)[0].ToLowerInvariant(), operation.Split(' ', 2)[1]);
        if (document["paths"]?[path]?[method] is not JObject node)
            return null;
        var site = docsIndex.Substring(0, docsIndex.LastIndexOf('/'));
        if ((string?)node["x-mint"]?["href"] is { Length: > 0 } href)
            return site + "/" + href.TrimStart('/').ToLowerInvariant();
        var tag = (node["tags"] as JArray)?.FirstOrDefault()?.ToString();
        var summary = (string?)node["summary"];
        var slug = string.IsNullOrWhiteSpace(summary)
            ? string.Join("-", new[] { method }.Concat(path.Split('/').Where(s => s.Length > 0 && !s.StartsWith('{'))))
            : Slug(summary);
        return string.Join("/", new[] { site, Directory, tag is null ? null : Slug(tag), slug }.Where(p => p is not null));
    }

    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (c == ' ')
                slug.Append('-');
            else if ("{}(),.'/".IndexOf(c) < 0)
                slug.Append(char.ToLowerInvariant(c));
        }
        return slug.ToString();
    }
}
