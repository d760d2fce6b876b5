using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.Import;

/// <summary>An OpenAPI document as found: its exact text, where it came from, and the operation its page describes.</summary>
public sealed record SpecSource(string Yaml, string? SourceUrl, string? DocumentPath, string? Operation)
{
    private static readonly Regex Fence = new(@"^````yaml(?<info>[^\n]*)\n", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex Url = new(@"https?://[^\s)>\]]+", RegexOptions.CultureInvariant);

    /// <summary>Reads a docs page (markdown with one ````yaml fence) or a raw YAML/JSON document.</summary>
    public static SpecSource Parse(string text, string? origin)
    {
        var fences = Fence.Matches(text);
        if (fences.Count == 0)
        {
            if (LooksLikeMarkdown(text))
                throw new SpecException($"{origin}: the page has no ````yaml fence holding an OpenAPI document.");
            return new SpecSource(text, origin, null, null);
        }
        if (fences.Count > 1)
            throw new SpecException($"{origin}: the page has {fences.Count} ````yaml fences; import one document at a time.");
        var fence = fences[0];
        var start = fence.Index + fence.Length;
        var end = text.IndexOf("\n````", start - 1, StringComparison.Ordinal);
        if (end < 0)
            throw new SpecException($"{origin}: the ````yaml fence is never closed.");
        var yaml = text.Substring(start, end + 1 - start);
        var (document, operation) = ParseFenceInfo(fence.Groups["info"].Value.Trim());
        var firstLines = string.Join("\n", text.Substring(0, fence.Index).Split('\n').Take(5));
        var pageUrl = Url.Match(firstLines) is { Success: true } m ? m.Value : origin;
        return new SpecSource(yaml, pageUrl, document, operation);
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
