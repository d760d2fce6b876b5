using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// specs/&lt;vendor&gt;/provenance.json, our record of each vendored page (the pages themselves are the vendor's, never edited):
/// the page's own URL ("source"), the docs index it named ("index"), the full spec it was cut from ("document"), its operation,
/// its sha256 and its import date.
/// </summary>
public static class Provenance
{
    public static JObject Load(string vendorFolder)
    {
        var path = Path.Combine(vendorFolder, SpecFolder.ProvenanceFileName);
        return File.Exists(path) ? JObject.Parse(File.ReadAllText(path)) : new JObject { ["files"] = new JObject() };
    }

    public static void Save(string vendorFolder, JObject provenance)
    {
        var files = (JObject)provenance["files"]!;
        var sorted = new JObject();
        foreach (var name in new SortedSet<string>(files.Properties().Select(p => p.Name), System.StringComparer.Ordinal))
            sorted[name] = files[name];
        provenance["files"] = sorted;
        JsonOutput.Write(Path.Combine(vendorFolder, SpecFolder.ProvenanceFileName), provenance);
    }

    public static JObject Files(JObject provenance) => provenance["files"] as JObject ?? (JObject)(provenance["files"] = new JObject());

    /// <summary>The file the page at <paramref name="pageUrl"/> is vendored as, or null when it is not vendored here.</summary>
    public static string? FileOf(JObject provenance, string vendorFolder, string pageUrl) =>
        Files(provenance).Properties().FirstOrDefault(p => PageUrlOf((JObject)p.Value, vendorFolder, p.Name) == pageUrl)?.Name;

    /// <summary>
    /// An entry's page URL. Entries written before page URLs were recorded hold the docs index as "source"; theirs is derived
    /// from the vendored file, as import derives it from the page.
    /// </summary>
    public static string? PageUrlOf(JObject entry, string vendorFolder, string fileName)
    {
        var source = (string?)entry["source"];
        if (source is null || !PageUrls.IsDocsIndex(source))
            return source;
        var path = Path.Combine(vendorFolder, fileName);
        if ((string?)entry["operation"] is not { } operation || !File.Exists(path))
            return null;
        return PageUrls.Derive(source, YamlJson.ParseObject(File.ReadAllText(path), path), operation);
    }
}
