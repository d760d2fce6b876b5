using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Diff;

/// <summary>Prepares a vendor folder's two versions like the build does and compares the effective specs.</summary>
public static class VendorComparison
{
    /// <param name="beforeFolder">The earlier specs/&lt;vendor&gt; (null or absent: the vendor is new).</param>
    /// <param name="afterFolder">The current specs/&lt;vendor&gt; (null or absent: the vendor was removed).</param>
    public static VendorDiff Compare(string vendor, string? beforeFolder, string? afterFolder)
    {
        var errors = new List<string>();
        var before = Prepare(beforeFolder, vendor, "the base", errors, checkOverlay: false);
        var after = Prepare(afterFolder, vendor, "the current", errors, checkOverlay: true);
        // A vendor added or removed as a whole: its operations and schemas say it all; no earlier SDK sent its servers or schemes.
        return before is null || after is null
            ? new VendorDiff(vendor, [], errors)
            : new VendorDiff(vendor, SpecDiffer.Compare(before, after, compareServersAndAuth: !IsAbsent(beforeFolder) && !IsAbsent(afterFolder)), errors);
    }

    private static bool IsAbsent([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? folder) =>
        folder is null || !Directory.Exists(folder) || SpecFolder.Pages(folder).Count == 0;

    private static JObject? Prepare(string? folder, string vendor, string which, List<string> errors, bool checkOverlay)
    {
        if (IsAbsent(folder))
            return new JObject { ["paths"] = new JObject(), ["components"] = new JObject { ["schemas"] = new JObject() } };
        try
        {
            var (document, unmatched) = SpecPreparer.PrepareForReview(folder);
            if (!checkOverlay)
                return document;
            // Stale actions in the base are not this change's doing; in the current spec they stop the build.
            foreach (var action in unmatched)
                errors.Add($"{action.Where}: target '{action.Target}' matches nothing ({action.Description}). Fix or delete the action.");
            // What else the build's prepare step refuses: an operation without a retry class, no usable server, an auth scheme it cannot send.
            foreach (var check in new System.Action[]
            {
                () => RetryClassification.Check(document, vendor),
                () => ServerList.ForGeneration(document, vendor),
                () => SecuritySchemes.ForGeneration(document, vendor),
            })
            {
                try
                {
                    check();
                }
                catch (SpecException error)
                {
                    errors.Add(error.Message);
                }
            }
            return document;
        }
        catch (SpecException error)
        {
            errors.Add($"{vendor}: {which} spec cannot be prepared: {error.Message}");
            return null;
        }
    }
}
