using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>The changes to one vendor's effective spec, and the problems that would stop its build (stale overlay actions, unclassified operations).</summary>
public sealed record VendorDiff(string Vendor, IReadOnlyList<SpecChange> Changes, IReadOnlyList<string> Errors)
{
    public string Package => PackageNames.ForVendor(Vendor);

    public bool Breaking => Changes.Any(c => c.Breaking);

    public bool HasErrors => Errors.Count > 0;
}
