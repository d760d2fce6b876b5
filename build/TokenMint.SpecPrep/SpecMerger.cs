using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep;

/// <summary>Merges a vendor's single-operation pages into one document, so one client gets every operation.</summary>
public static class SpecMerger
{
    public static JObject Merge(IReadOnlyList<(string Name, JObject Document)> pages)
    {
        if (pages.Count == 0)
            throw new SpecException("No spec pages to merge.");
        var merged = (JObject)pages[0].Document.DeepClone();
        foreach (var (name, page) in pages.Skip(1))
        {
            if (!JToken.DeepEquals(merged["openapi"], page["openapi"]))
                throw new SpecException($"{name}: openapi version {page["openapi"]} differs from {merged["openapi"]}.");
            MergePaths(merged, page, name);
            MergeComponents(merged, page, name);
            MergeNamedList(merged, page, "tags", "name");
            MergeNamedList(merged, page, "servers", "url");
        }
        return merged;
    }

    private static void MergePaths(JObject merged, JObject page, string name)
    {
        var target = Section(merged, "paths");
        foreach (var path in Properties(page["paths"]))
        {
            if (target[path.Name] is not JObject existing)
            {
                target[path.Name] = path.Value.DeepClone();
                continue;
            }
            foreach (var operation in Properties(path.Value))
            {
                if (existing[operation.Name] is not null && !JToken.DeepEquals(existing[operation.Name], operation.Value))
                    throw new SpecException($"{name}: {operation.Name.ToUpperInvariant()} {path.Name} is defined by two pages differently.");
                existing[operation.Name] = operation.Value.DeepClone();
            }
        }
    }

    private static void MergeComponents(JObject merged, JObject page, string name)
    {
        var components = Section(merged, "components");
        foreach (var kind in Properties(page["components"]))
        {
            var target = Section(components, kind.Name);
            foreach (var item in Properties(kind.Value))
            {
                var existing = target[item.Name];
                if (existing is null)
                    target[item.Name] = item.Value.DeepClone();
                else if (!JToken.DeepEquals(existing, item.Value))
                    throw new SpecException($"{name}: components.{kind.Name}.{item.Name} conflicts with the same name in an earlier page.");
            }
        }
    }

    private static void MergeNamedList(JObject merged, JObject page, string list, string key)
    {
        if (page[list] is not JArray incoming)
            return;
        var target = merged[list] as JArray ?? (JArray)(merged[list] = new JArray());
        var known = new HashSet<string>(target.Select(t => (string?)t[key] ?? string.Empty));
        foreach (var entry in incoming.Where(e => known.Add((string?)e[key] ?? string.Empty)))
            target.Add(entry.DeepClone());
    }

    private static JObject Section(JObject parent, string name) =>
        parent[name] as JObject ?? (JObject)(parent[name] = new JObject());

    private static IEnumerable<JProperty> Properties(JToken? token) =>
        token is JObject obj ? obj.Properties().ToList() : Enumerable.Empty<JProperty>();
}
