using System.Collections.Generic;
using System.Linq;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Report;

/// <summary>Everything the change report found between a base revision and the working tree.</summary>
/// <param name="Base">The base as given and the commit it resolved to, e.g. "origin/main (1a2b3c4d5e6f)".</param>
/// <param name="GeneratedDiffStat">git diff --stat of generated/ (empty: unchanged).</param>
/// <param name="ChangedCode">Which packages' code differs from the base; null: not known, every package counts as changed.</param>
public sealed record ChangeReport(
    string Base,
    IReadOnlyList<VendorDiff> Vendors,
    string GeneratedDiffStat,
    IReadOnlyList<PackageApiDiff> PublicApi,
    ApiCompatResult ApiCompat,
    ChangedCode? ChangedCode = null)
{
    public bool HasErrors => Vendors.Any(v => v.HasErrors);

    /// <summary>Errors (stale overlay actions, unclassified operations) fail the command; breaking changes are findings for review.</summary>
    public int ExitCode => HasErrors ? 1 : 0;

    public IReadOnlyList<PackageVerdict> Verdicts => PackageVerdict.For(this);
}
