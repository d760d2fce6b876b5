using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// Imports one or more pages of a vendor together, then compares the vendor's effective spec before and after, so the
/// maintainer sees at once what changed. Pages that must change together (a scheme renamed on two pages) land in one step:
/// if any page is refused, the folder is put back as it was and nothing is written.
/// </summary>
public static class ImportReview
{
    public sealed record Outcome(IReadOnlyList<SpecImporter.Result> Imports, VendorDiff Diff)
    {
        public bool Changed => Imports.Any(i => i.Changed);
    }

    public static Outcome Run(SpecImporter importer, string specsRoot, string vendor, SpecSource source, string? fileName = null, bool force = false) =>
        Run(importer, specsRoot, vendor, [source], fileName, force);

    /// <param name="fileName">Only with one page: the file name to use instead of the one its operation gives.</param>
    public static Outcome Run(SpecImporter importer, string specsRoot, string vendor, IReadOnlyList<SpecSource> sources, string? fileName = null, bool force = false)
    {
        if (fileName is not null && sources.Count != 1)
            throw new SpecException("--name names the file of one page; import the pages one at a time to name each.");
        var folder = Path.Combine(specsRoot, vendor);
        var snapshot = Path.Combine(Path.GetTempPath(), $"tokenmint-import-{Guid.NewGuid():N}");
        try
        {
            // The folder as it was: its pages, overlay and provenance, to compare with and to put back if a page is refused.
            Directory.CreateDirectory(snapshot);
            var existed = Directory.Exists(folder);
            if (existed)
                foreach (var file in Directory.GetFiles(folder))
                    File.Copy(file, Path.Combine(snapshot, Path.GetFileName(file)));
            var results = new List<SpecImporter.Result>();
            try
            {
                foreach (var source in sources)
                {
                    var result = importer.Import(vendor, source, fileName, force);
                    if (results.Any(r => r.File == result.File))
                        throw new SpecException($"{source.Origin}: another page given in this import is also {Path.GetFileName(result.File)}; give each page once.");
                    results.Add(result);
                }
            }
            catch
            {
                Restore(folder, snapshot, existed);
                throw;
            }
            return new Outcome(results, VendorComparison.Compare(vendor, snapshot, folder));
        }
        finally
        {
            Directory.Delete(snapshot, recursive: true);
        }
    }

    private static void Restore(string folder, string snapshot, bool existed)
    {
        if (!existed)
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            return;
        }
        foreach (var file in Directory.GetFiles(folder))
            File.Delete(file);
        foreach (var file in Directory.GetFiles(snapshot))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }
}
