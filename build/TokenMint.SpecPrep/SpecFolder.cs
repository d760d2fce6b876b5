using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep;

/// <summary>The layout of specs/&lt;vendor&gt;/: spec pages, the overlay and the provenance record.</summary>
public static class SpecFolder
{
    public const string ProvenanceFileName = "provenance.json";

    public static IReadOnlyList<string> Pages(string vendorFolder) =>
        Directory.GetFiles(vendorFolder, "*.yaml")
            .Where(p => !string.Equals(Path.GetFileName(p), SpecPreparer.OverlayFileName, StringComparison.Ordinal))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToList();
}
