using System;
using System.IO;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Import;

/// <summary>Imports a page and compares the vendor's effective spec before and after, so the maintainer sees at once what changed.</summary>
public static class ImportReview
{
    public sealed record Outcome(SpecImporter.Result Import, VendorDiff Diff);

    public static Outcome Run(SpecImporter importer, string specsRoot, string vendor, SpecSource source, string? fileName = null, bool force = false)
    {
        var folder = Path.Combine(specsRoot, vendor);
        var snapshot = Path.Combine(Path.GetTempPath(), $"tokenmint-import-{Guid.NewGuid():N}");
        try
        {
            // The folder as it was: its pages and overlay (provenance does not change the effective spec).
            Directory.CreateDirectory(snapshot);
            if (Directory.Exists(folder))
                foreach (var file in Directory.GetFiles(folder, "*.yaml"))
                    File.Copy(file, Path.Combine(snapshot, Path.GetFileName(file)));
            var result = importer.Import(vendor, source, fileName, force);
            return new Outcome(result, VendorComparison.Compare(vendor, snapshot, folder));
        }
        finally
        {
            Directory.Delete(snapshot, recursive: true);
        }
    }
}
