using System.Collections.Generic;
using System.Linq;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Changelog;

/// <summary>Turns a change report's findings into CHANGELOG bullets, per affected package.</summary>
public static class ChangelogEntries
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(ChangeReport report)
    {
        var entries = new SortedDictionary<string, IReadOnlyList<string>>(System.StringComparer.Ordinal);
        foreach (var vendor in report.Vendors.Where(v => v.Changes.Count > 0))
            entries[vendor.Package] = vendor.Changes.Select(c => ForSpecChange(vendor.Vendor, c)).ToList();
        // Packages no spec change explains (Core, hand-written code): name each removed API.
        foreach (var api in report.PublicApi.Where(p => p.Breaking && !entries.ContainsKey(p.Package)))
            entries[api.Package] = api.Removed.Select(line => $"**Breaking:** removed public API `{line}`.").ToList();
        return entries;
    }

    public static string ForSpecChange(string vendor, SpecChange change) =>
        $"{(change.Breaking ? "**Breaking:** " : change.Behaviour ? "**Behaviour change:** " : string.Empty)}{Naming.PascalCase(vendor)} spec: {change.Rule.Change} `{change.Location}` ({change.Detail}).";
}
