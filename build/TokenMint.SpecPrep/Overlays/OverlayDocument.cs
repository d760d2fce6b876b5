using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Overlays;

/// <summary>An OpenAPI Overlay 1.0 document: declared, explained corrections to a vendor's spec.</summary>
public sealed class OverlayDocument
{
    public OverlayDocument(string title, IReadOnlyList<OverlayAction> actions)
    {
        Title = title;
        Actions = actions;
    }

    public string Title { get; }

    public IReadOnlyList<OverlayAction> Actions { get; }

    public static OverlayDocument Parse(string yaml, string source)
    {
        var root = YamlJson.ParseObject(yaml, source);
        var version = (string?)root["overlay"];
        if (version is null || !version.StartsWith("1.", System.StringComparison.Ordinal))
            throw new SpecException($"{source}: 'overlay: 1.x' is required (found '{version}').");
        if (root["actions"] is not JArray actions || actions.Count == 0)
            throw new SpecException($"{source}: an overlay needs a non-empty 'actions' list.");
        var parsed = actions.Select((a, i) => OverlayAction.Parse(a as JObject, $"{source} action {i + 1}")).ToList();
        return new OverlayDocument((string?)root["info"]?["title"] ?? source, parsed);
    }

    /// <summary>Applies every action in order; an action whose target matches nothing is an error.</summary>
    public void ApplyTo(JObject document)
    {
        foreach (var action in Actions)
            action.ApplyTo(document);
    }

    /// <summary>Lists the actions whose target matches nothing in <paramref name="document"/>, without changing it.</summary>
    public IReadOnlyList<OverlayAction> UnmatchedActions(JObject document) => ApplyMatching((JObject)document.DeepClone());

    /// <summary>
    /// Applies the actions that match and returns those that do not, so a change report can show the effective spec
    /// and every stale action together, where the build stops at the first one.
    /// </summary>
    public IReadOnlyList<OverlayAction> ApplyMatching(JObject document)
    {
        var unmatched = new List<OverlayAction>();
        foreach (var action in Actions)
        {
            if (action.Select(document).Count == 0)
                unmatched.Add(action);
            else
                action.ApplyTo(document);
        }
        return unmatched;
    }
}
