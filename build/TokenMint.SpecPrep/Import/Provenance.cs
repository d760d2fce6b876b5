using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Import;

/// <summary>specs/&lt;vendor&gt;/provenance.json: for each vendored page, where it came from, its sha256 and its import date.</summary>
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
        foreach (var name in new SortedSet<string>(Names(files), System.StringComparer.Ordinal))
            sorted[name] = files[name];
        provenance["files"] = sorted;
        JsonOutput.Write(Path.Combine(vendorFolder, SpecFolder.ProvenanceFileName), provenance);
    }

    private static IEnumerable<string> Names(JObject files)
    {
        foreach (var property in files.Properties())
            yield return property.Name;
    }
}
