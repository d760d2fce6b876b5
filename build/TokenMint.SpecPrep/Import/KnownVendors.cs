using System;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// The vendors import and update accept: the folders of specs/ that hold pages. Anything else is refused before a file is
/// written, so a mistyped vendor never becomes a new folder; vendors are added by the new-vendor command.
/// </summary>
public static class KnownVendors
{
    public const string NewVendorCommand = "dotnet run --project build/TokenMint.SpecPrep -- new-vendor <id> <page> --name <PascalName>";

    public static string[] In(string specsRoot) =>
        Directory.Exists(specsRoot)
            ? Directory.GetDirectories(specsRoot).Where(d => SpecFolder.Pages(d).Count > 0).Select(Path.GetFileName).OfType<string>()
                .OrderBy(v => v, StringComparer.Ordinal).ToArray()
            : [];

    public static void Require(string specsRoot, string vendor)
    {
        var known = In(specsRoot);
        if (known.Contains(vendor, StringComparer.Ordinal))
            return;
        var closest = known.OrderBy(k => Distance(k, vendor)).FirstOrDefault(k => Distance(k, vendor) <= 2);
        throw new SpecException(
            $"unknown vendor '{vendor}'{(closest is null ? string.Empty : $" (did you mean '{closest}'?)")}. "
            + $"Known vendors: {(known.Length == 0 ? "none" : string.Join(", ", known))}. "
            + $"Vendors are added with: {NewVendorCommand}");
    }

    /// <summary>Edit distance (Levenshtein), for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
