using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Lists the differences between two effective (prepared) specs, each classified: servers and security schemes (what every
/// request goes to and carries), then operations, then component schemas.
/// </summary>
public static class SpecDiffer
{
    public static IReadOnlyList<SpecChange> Compare(JObject before, JObject after, bool compareServersAndAuth = true)
    {
        var changes = new List<SpecChange>();
        if (compareServersAndAuth)
        {
            ServerDiffer.Compare(before, after, changes);
            AuthDiffer.Compare(before, after, changes);
        }
        CompareOperations(before, after, changes);
        CompareSchemas(before, after, changes);
        return changes;
    }

    private static void CompareOperations(JObject before, JObject after, List<SpecChange> changes)
    {
        var was = Operations(before);
        var now = Operations(after);
        var differ = new OperationDiffer(before, after, changes);
        var moves = OperationMoves.Find(was, now);
        foreach (var key in was.Keys.Union(now.Keys).OrderBy(k => k, System.StringComparer.Ordinal))
        {
            if (moves.TryGetValue(key, out var from))
            {
                changes.Add(OperationMoves.Change(from, key, now[key]));
                differ.Compare(key, was[from], now[key]);
            }
            else if (moves.Values.Contains(key))
                continue;
            else if (!now.TryGetValue(key, out var current))
                changes.Add(SpecChange.Of(ChangeArea.Operation, key, key, BreakingRules.OperationRemoved, $"{was[key]["operationId"]}", Direction.Both));
            else if (!was.TryGetValue(key, out var previous))
                changes.Add(SpecChange.Of(ChangeArea.Operation, key, key, BreakingRules.OperationAdded, $"{current["operationId"]}", Direction.Both));
            else
                differ.Compare(key, previous, current);
        }
    }

    private static void CompareSchemas(JObject before, JObject after, List<SpecChange> changes)
    {
        var was = Schemas(before);
        var now = Schemas(after);
        var directionsBefore = SchemaDirections.Of(before);
        var directionsAfter = SchemaDirections.Of(after);
        foreach (var name in was.Keys.Union(now.Keys).OrderBy(k => k, System.StringComparer.Ordinal))
        {
            directionsBefore.TryGetValue(name, out var usedBefore);
            directionsAfter.TryGetValue(name, out var usedAfter);
            var direction = usedBefore | usedAfter;
            if (!now.TryGetValue(name, out var current))
                changes.Add(SpecChange.Of(ChangeArea.Schema, name, name, BreakingRules.SchemaRemoved, $"{SchemaShape.Describe(was[name])}; {usedBefore.Describe()}", direction));
            else if (!was.TryGetValue(name, out var previous))
                changes.Add(SpecChange.Of(ChangeArea.Schema, name, name, BreakingRules.SchemaAdded, $"{SchemaShape.Describe(current)}; {usedAfter.Describe()}", direction));
            else
                new SchemaDiffer(ChangeArea.Schema, name, changes).Compare(name, previous, current, direction);
        }
    }

    private static Dictionary<string, JObject> Operations(JObject document) =>
        ((document["paths"] as JObject)?.Properties() ?? [])
            .SelectMany(path => (path.Value as JObject)?.Properties().Where(p => SchemaDirections.Methods.Contains(p.Name) && p.Value is JObject)
                .Select(p => (Key: $"{p.Name.ToUpperInvariant()} {path.Name}", Operation: (JObject)p.Value)) ?? [])
            .ToDictionary(o => o.Key, o => o.Operation, System.StringComparer.Ordinal);

    private static Dictionary<string, JObject> Schemas(JObject document) =>
        (document["components"]?["schemas"] as JObject)?.Properties().Where(p => p.Value is JObject)
            .ToDictionary(p => p.Name, p => (JObject)p.Value, System.StringComparer.Ordinal)
        ?? new Dictionary<string, JObject>(System.StringComparer.Ordinal);
}
