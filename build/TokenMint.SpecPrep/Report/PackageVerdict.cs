using System.Collections.Generic;
using System.Linq;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Report;

/// <summary>
/// One package's verdict from the three independent checks: the spec diff, the PublicAPI files and ApiCompat.
/// Any one of them finding a break makes the package breaking, provided its code changed since the base at all.
/// </summary>
/// <param name="BinaryDifferences">ApiCompat's differences over every target framework; null when it did not compare this package.</param>
/// <param name="CodeChanged">Whether any of the package's code differs from the base (see <see cref="ChangedCode"/>).</param>
public sealed record PackageVerdict(string Package, int SpecChanges, int SpecBreaking, int ApiLinesAdded, int ApiLinesRemoved, int? BinaryDifferences, bool CodeChanged = true)
{
    /// <summary>An unchanged package is never breaking: what ApiCompat finds there was already so at the base.</summary>
    public bool Breaking => CodeChanged && (SpecBreaking > 0 || ApiLinesRemoved > 0 || BinaryDifferences > 0);

    public static IReadOnlyList<PackageVerdict> For(ChangeReport report)
    {
        var packages = new SortedSet<string>(System.StringComparer.Ordinal) { PackageNames.Core };
        packages.UnionWith(report.Vendors.Select(v => v.Package));
        packages.UnionWith(report.PublicApi.Select(p => p.Package));
        packages.UnionWith(report.ApiCompat.Findings.Select(f => f.Package));
        // Core first: every vendor package depends on it.
        return packages.OrderBy(p => p == PackageNames.Core ? 0 : 1).ThenBy(p => p, System.StringComparer.Ordinal).Select(package =>
        {
            var spec = report.Vendors.Where(v => v.Package == package).SelectMany(v => v.Changes).ToList();
            var api = report.PublicApi.FirstOrDefault(p => p.Package == package);
            var binary = report.ApiCompat.Findings.Where(f => f.Package == package).ToList();
            return new PackageVerdict(package, spec.Count, spec.Count(c => c.Breaking), api?.Added.Count ?? 0, api?.Removed.Count ?? 0,
                binary.Count == 0 ? null : binary.Sum(f => f.Differences.Count), report.ChangedCode?.Touches(package) ?? true);
        }).ToList();
    }
}
