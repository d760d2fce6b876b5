using System;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.Upstream;

/// <summary>
/// Where check-upstream reads a vendored page. provenance.json records the page's own URL ("source"), the docs page a person
/// opens; the docs sites (Mintlify) serve that page as markdown at the URL + ".md", the form import reads (and import drops a
/// trailing ".md" when it records a URL, so this is its inverse). A recorded URL that already names a document (.md, .yaml,
/// .yml, .json) is read as it is.
/// <para>
/// With --from, the site is replaced by a folder or a base URL, and the markdown URL's host and path are appended to it:
/// <c>https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md</c> is read from
/// <c>&lt;from&gt;/docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md</c>, the layout <c>wget --force-directories</c>
/// writes. The host keeps the vendors apart (every site has its own /api-reference/).
/// </para>
/// </summary>
public static class UpstreamLocations
{
    private static readonly string[] DocumentExtensions = [".md", ".yaml", ".yml", ".json"];

    public static bool IsUrl(string location) =>
        location.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL the page's markdown is served at.</summary>
    public static string MarkdownUrl(string pageUrl)
    {
        var path = new Uri(pageUrl).AbsolutePath;
        return DocumentExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? pageUrl : pageUrl + ".md";
    }

    /// <summary>Whether the location holds a docs page (markdown with a ````yaml fence) rather than a raw document.</summary>
    public static bool IsMarkdown(string location) => location.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where to read <paramref name="url"/>: itself, or its host and path under <paramref name="from"/> (a folder or base URL).</summary>
    public static string Map(string url, string? from)
    {
        if (from is null)
            return url;
        var uri = new Uri(url);
        if (IsUrl(from))
            return from.TrimEnd('/') + "/" + uri.Host + uri.AbsolutePath;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString);
        return Path.Combine([from, uri.Host, .. segments]);
    }
}
