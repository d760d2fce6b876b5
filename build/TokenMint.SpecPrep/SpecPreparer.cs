using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Normalizations;
using TokenMint.SpecPrep.Overlays;

namespace TokenMint.SpecPrep;

/// <summary>The preparation pipeline for one vendor folder: merge its pages, normalize, apply its overlay, name its types.</summary>
public static class SpecPreparer
{
    public const string OverlayFileName = "overlay.yaml";

    public static JObject Prepare(string vendorFolder)
    {
        var pages = SpecFolder.Pages(vendorFolder)
            .Select(path => (Path.GetFileName(path), YamlJson.ParseObject(File.ReadAllText(path), path)))
            .ToList();
        if (pages.Count == 0)
            throw new SpecException($"{vendorFolder}: no spec pages (*.yaml other than {OverlayFileName}).");
        var overlayPath = Path.Combine(vendorFolder, OverlayFileName);
        var overlay = File.Exists(overlayPath) ? OverlayDocument.Parse(File.ReadAllText(overlayPath), overlayPath) : null;
        return Prepare(pages, overlay);
    }

    public static JObject Prepare(System.Collections.Generic.IReadOnlyList<(string Name, JObject Document)> pages, OverlayDocument? overlay)
    {
        var document = SpecMerger.Merge(pages);
        Normalizer.Apply(document);
        overlay?.ApplyTo(document);
        TypeNames.Apply(document);
        return document;
    }
}
