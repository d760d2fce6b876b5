using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// What importing pages would do to a vendor's servers, judged on the effective spec (pages, overlay) before and after, so a
/// vendor whose host comes from the overlay (Decart's page lists none) is guarded like the others. The importer refuses any
/// change here without --force: a page from another API, or a real move the maintainer should confirm.
/// </summary>
public static class ServerImportCheck
{
    /// <summary>The server changes; empty for a vendor with no pages yet.</summary>
    /// <param name="pages">The pages as they would be written: file name in the vendor's folder and the text.</param>
    public static IReadOnlyList<SpecChange> Changes(string vendorFolder, IReadOnlyList<(string File, string Text)> pages)
    {
        if (!Directory.Exists(vendorFolder) || SpecFolder.Pages(vendorFolder).Count == 0)
            return [];
        var candidate = Path.Combine(Path.GetTempPath(), $"tokenmint-servers-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(candidate);
            foreach (var file in Directory.GetFiles(vendorFolder, "*.yaml"))
                File.Copy(file, Path.Combine(candidate, Path.GetFileName(file)));
            foreach (var (file, text) in pages)
                File.WriteAllText(Path.Combine(candidate, file), text, new UTF8Encoding(false));
            var (before, after) = (Effective(vendorFolder), Effective(candidate));
            // A folder that does not prepare (its errors show in the import's report) is judged on its pages' own servers.
            if (before is null || after is null)
                (before, after) = (PageServers(vendorFolder), PageServers(candidate));
            var changes = new List<SpecChange>();
            ServerDiffer.Compare(before, after, changes);
            return changes;
        }
        finally
        {
            Directory.Delete(candidate, recursive: true);
        }
    }

    private static JObject? Effective(string folder)
    {
        try
        {
            return SpecPreparer.PrepareForReview(folder).Document;
        }
        catch (SpecException)
        {
            return null;
        }
    }

    private static JObject PageServers(string folder)
    {
        var servers = new JArray();
        foreach (var page in SpecFolder.Pages(folder))
            foreach (var server in YamlJson.ParseObject(File.ReadAllText(page), page)["servers"] as JArray ?? [])
                if (!servers.Any(known => JToken.DeepEquals(known["url"], server["url"])))
                    servers.Add(server.DeepClone());
        return new JObject { ["servers"] = servers };
    }
}
