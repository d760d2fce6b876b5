using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.Report;

/// <summary>One package's public API lines added and removed, from its PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt together.</summary>
public sealed record PackageApiDiff(string Package, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>A removed line is an API that callers may use and that is gone or changed: breaking.</summary>
    public bool Breaking => Removed.Count > 0;
}

/// <summary>Reads <c>git diff &lt;base&gt; -- 'src/*/PublicAPI.*.txt'</c> into added and removed API lines per package.</summary>
public static class PublicApiDiff
{
    public const string Pathspec = "src/*/PublicAPI.*.txt";

    private static readonly Regex FileHeader = new(@"^diff --git a/src/(?<package>[^/]+)/PublicAPI\.\w+\.txt b/", RegexOptions.CultureInvariant);

    public static IReadOnlyList<PackageApiDiff> Parse(string unifiedDiff)
    {
        var added = new SortedDictionary<string, List<string>>(System.StringComparer.Ordinal);
        var removed = new SortedDictionary<string, List<string>>(System.StringComparer.Ordinal);
        string? package = null;
        foreach (var line in unifiedDiff.Split('\n'))
        {
            if (FileHeader.Match(line) is { Success: true } header)
            {
                package = header.Groups["package"].Value;
                continue;
            }
            if (package is null || line.StartsWith("+++", System.StringComparison.Ordinal) || line.StartsWith("---", System.StringComparison.Ordinal))
                continue;
            var api = line.Length > 1 ? line.Substring(1).TrimEnd('\r') : string.Empty;
            if (api.Length == 0 || api.StartsWith('#'))
                continue;
            if (line[0] == '+')
                Lines(added, package).Add(api);
            else if (line[0] == '-')
                Lines(removed, package).Add(api);
        }
        // A line that moved from Unshipped to Shipped (a release) is neither added nor removed.
        return added.Keys.Union(removed.Keys).OrderBy(p => p, System.StringComparer.Ordinal).Select(p =>
        {
            var plus = added.GetValueOrDefault(p) ?? [];
            var minus = removed.GetValueOrDefault(p) ?? [];
            return new PackageApiDiff(p, plus.Except(minus).ToList(), minus.Except(plus).ToList());
        }).Where(d => d.Added.Count + d.Removed.Count > 0).ToList();
    }

    private static List<string> Lines(SortedDictionary<string, List<string>> map, string package) =>
        map.TryGetValue(package, out var lines) ? lines : map[package] = [];
}
