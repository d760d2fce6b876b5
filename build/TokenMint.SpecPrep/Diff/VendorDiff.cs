using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>The changes to one vendor's effective spec, and the problems that would stop its build (stale overlay actions, unclassified operations).</summary>
public sealed record VendorDiff(string Vendor, IReadOnlyList<SpecChange> Changes, IReadOnlyList<string> Errors)
{
    public string Package => PackageNames.ForVendor(Vendor);

    public bool Breaking => Changes.Any(c => c.Breaking);

    /// <summary>Some change alters what the SDK does at run time (a new host, other requests rejected) without breaking code.</summary>
    public bool Behaviour => Changes.Any(c => c.Behaviour);

    public bool HasErrors => Errors.Count > 0;
}
