using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.Import;

/// <summary>An OpenAPI document as found: its exact text, where the maintainer got it, and what its page says about it.</summary>
/// <param name="Yaml">The document, byte for byte as the vendor published it.</param>
/// <param name="Origin">The file or URL as given on the command line: the name every error message uses.</param>
/// <param name="PageUrl">The page's own URL when known from the page or its origin; otherwise import derives it (<see cref="PageUrls"/>).</param>
/// <param name="DocsIndex">The docs site's index (llms.txt) that the page names on its first lines.</param>
/// <param name="DocumentPath">The vendor's full spec the page was cut from ("/api-reference/v1.json").</param>
/// <param name="Operation">The operation the page describes ("post /link/token"), from its fence.</param>
/// <param name="FirstLine">The line of <paramref name="Origin"/> the document starts on, so YAML errors point into the file given.</param>
public sealed record SpecSource(
    string Yaml, string Origin, string? PageUrl = null, string? DocsIndex = null, string? DocumentPath = null, string? Operation = null, int FirstLine = 1)
{
    private static readonly Regex Fence = new(@"^````yaml(?<info>[^\n]*)\n", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex Url = new(@"https?://[^\s)>\]]+", RegexOptions.CultureInvariant);
    private static readonly Regex StatedUrl = new(@"^>?\s*(?:Source|URL|Canonical URL|Page URL)\s*:\s*(?<url>https?://[^\s)>\]]+)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether the text holds a ````yaml fence, as every docs page does (a page served as HTML or an error page does not).</summary>
    internal static bool HasFence(string text) => Fence.IsMatch(text);

    /// <summary>Reads a docs page (markdown with one ````yaml fence) or a raw YAML/JSON document.</summary>
    public static SpecSource Parse(string text, string origin)
    {
        var fences = Fence.Matches(text);
        if (fences.Count == 0)
        {
            if (LooksLikeMarkdown(text))
                throw new SpecException($"{origin}: the page has no ````yaml fence holding an OpenAPI document.");
            return new SpecSource(text, origin, PageUrls.FromOrigin(origin));
        }
        if (fences.Count > 1)
            throw new SpecException($"{origin}: the page has {fences.Count} ````yaml fences; import one document per page.");
        var fence = fences[0];
        var start = fence.Index + fence.Length;
        var end = text.IndexOf("\n````", start - 1, StringComparison.Ordinal);
        if (end < 0)
            throw new SpecException($"{origin}: the ````yaml fence is never closed.");
        var yaml = text.Substring(start, end + 1 - start);
        var (document, operation) = ParseFenceInfo(fence.Groups["info"].Value.Trim());
        var firstLines = string.Join("\n", text.Substring(0, fence.Index).Split('\n').Take(5));
        var index = Url.Matches(firstLines).Select(m => m.Value).FirstOrDefault(PageUrls.IsDocsIndex);
        var stated = StatedUrl.Match(firstLines) is { Success: true } m ? PageUrls.Canonical(m.Groups["url"].Value) : null;
        var firstLine = text.Substring(0, start).Count(c => c == '\n') + 1;
        return new SpecSource(yaml, origin, stated ?? PageUrls.FromOrigin(origin), index, document, operation, firstLine);
    }

    private static (string? Document, string? Operation) ParseFenceInfo(string info)
    {
        // "/api-reference/v1.json post /link/token/create" or "post /api/v1/link-token".
        var match = Regex.Match(info, @"^(?:(?<doc>\S+)\s+)?(?<verb>get|put|post|delete|patch|head|options)\s+(?<path>/\S*)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success
            ? (match.Groups["doc"].Success ? match.Groups["doc"].Value : null, $"{match.Groups["verb"].Value.ToLowerInvariant()} {match.Groups["path"].Value}")
            : (null, null);
    }

    private static bool LooksLikeMarkdown(string text) =>
        text.Contains("````", StringComparison.Ordinal) || text.TrimStart().StartsWith('>') || text.TrimStart().StartsWith('#');
}
