using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Normalizations;
using TokenMint.SpecPrep.Overlays;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep;

/// <summary>
/// The preparation pipeline for one vendor folder: merge its pages, normalize, apply its overlay, turn header parameters the
/// overlay marks into security schemes, name its types.
/// </summary>
public static class SpecPreparer
{
    public const string OverlayFileName = "overlay.yaml";

    public static JObject Prepare(string vendorFolder) => Prepare(LoadPages(vendorFolder), LoadOverlay(vendorFolder));

    public static JObject Prepare(IReadOnlyList<(string Name, JObject Document)> pages, OverlayDocument? overlay)
    {
        var document = SpecMerger.Merge(pages);
        Normalizer.Apply(document);
        overlay?.ApplyTo(document);
        HeaderParameterSchemes.Apply(document);
        TypeNames.Apply(document);
        return document;
    }

    /// <summary>
    /// The same pipeline for a change report: overlay actions whose target matches nothing are skipped and returned
    /// instead of stopping, so the report shows both the effective spec and every stale action.
    /// </summary>
    public static (JObject Document, IReadOnlyList<OverlayAction> Unmatched) PrepareForReview(string vendorFolder)
    {
        var document = SpecMerger.Merge(LoadPages(vendorFolder));
        Normalizer.Apply(document);
        var unmatched = LoadOverlay(vendorFolder)?.ApplyMatching(document) ?? [];
        HeaderParameterSchemes.Apply(document);
        TypeNames.Apply(document);
        return (document, unmatched);
    }

    private static List<(string Name, JObject Document)> LoadPages(string vendorFolder)
    {
        var pages = SpecFolder.Pages(vendorFolder)
            .Select(path => (Path.GetFileName(path), YamlJson.ParseObject(File.ReadAllText(path), path)))
            .ToList();
        if (pages.Count == 0)
            throw new SpecException($"{vendorFolder}: no spec pages (*.yaml other than {OverlayFileName}).");
        return pages;
    }

    private static OverlayDocument? LoadOverlay(string vendorFolder)
    {
        var overlayPath = Path.Combine(vendorFolder, OverlayFileName);
        return File.Exists(overlayPath) ? OverlayDocument.Parse(File.ReadAllText(overlayPath), overlayPath) : null;
    }
}
