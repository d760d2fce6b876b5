using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Compares two versions of one schema: its shape, nullability, enum values and, where requests use it, its limits; then each
/// property (added, removed, required, and recursively the property's own schema). Descriptions and examples are not compared.
/// </summary>
internal sealed class SchemaDiffer(ChangeArea area, string owner, List<SpecChange> changes)
{
    /// <param name="isProperty">A model property, whose limits the SDK checks before the network (as data annotations).</param>
    public void Compare(string location, JToken? before, JToken? after, Direction direction, bool isProperty = false)
    {
        var shapeBefore = SchemaShape.Describe(before);
        var shapeAfter = SchemaShape.Describe(after);
        if (shapeBefore != shapeAfter)
        {
            // A different type: its members are not comparable one by one.
            Add(location, BreakingRules.TypeChanged, $"{shapeBefore} → {shapeAfter}", direction);
            return;
        }
        CompareNullable(location, before, after, direction);
        CompareEnum(location, before as JObject, after as JObject, direction);
        // Responses are not validated, so only a request's limits change what the SDK does.
        if (direction.HasFlag(Direction.Request))
            foreach (var (rule, detail) in ConstraintDiffer.Compare(before as JObject, after as JObject, isProperty))
                Add(location, rule, detail, direction);
        if (SchemaShape.IsInlineObject(before))
            CompareProperties(location, (JObject)before!, (JObject)after!, direction);
        if (before?["items"] is JObject itemsBefore && after?["items"] is JObject itemsAfter)
            Compare(location + "[]", itemsBefore, itemsAfter, direction);
        if (before?["additionalProperties"] is JObject valuesBefore && after?["additionalProperties"] is JObject valuesAfter)
            Compare(location + "{}", valuesBefore, valuesAfter, direction);
    }

    private void CompareNullable(string location, JToken? before, JToken? after, Direction direction)
    {
        var was = SchemaShape.IsNullable(before);
        var now = SchemaShape.IsNullable(after);
        if (was != now)
            Add(location, now ? BreakingRules.BecameNullable : BreakingRules.NoLongerNullable, string.Empty, direction);
    }

    private void CompareEnum(string location, JObject? before, JObject? after, Direction direction)
    {
        var was = EnumValues(before);
        var now = EnumValues(after);
        foreach (var removed in was.Except(now))
            Add(location, BreakingRules.EnumValueRemoved, removed, direction);
        foreach (var added in now.Except(was))
            Add(location, BreakingRules.EnumValueAdded, added, direction);
    }

    private void CompareProperties(string location, JObject before, JObject after, Direction direction)
    {
        var was = Properties(before);
        var now = Properties(after);
        var requiredBefore = Required(before);
        var requiredAfter = Required(after);
        var added = now.Keys.Where(name => !was.ContainsKey(name)).ToList();
        foreach (var (name, schema) in was)
        {
            var path = $"{location}.{name}";
            if (!now.TryGetValue(name, out var current))
            {
                var shape = SchemaShape.Describe(schema);
                // A rename shows as a removal plus an addition; point at the likely new name.
                var renamed = added.FirstOrDefault(a => SchemaShape.Describe(now[a]) == shape);
                Add(path, BreakingRules.PropertyRemoved, $"{shape}{(renamed is null ? string.Empty : $"; renamed to `{renamed}`?")}", direction);
                continue;
            }
            Compare(path, schema, current, direction, isProperty: true);
            if (requiredBefore.Contains(name) != requiredAfter.Contains(name))
                Add(path, requiredAfter.Contains(name) ? BreakingRules.BecameRequired : BreakingRules.NoLongerRequired, string.Empty, direction);
        }
        foreach (var name in added)
        {
            var required = requiredAfter.Contains(name);
            Add($"{location}.{name}", required ? BreakingRules.PropertyAddedRequired : BreakingRules.PropertyAddedOptional,
                $"{SchemaShape.Describe(now[name])}{(SchemaShape.IsNullable(now[name]) ? ", nullable" : string.Empty)}", direction);
        }
    }

    private void Add(string location, BreakingRule rule, string detail, Direction direction)
    {
        var where = direction.Describe();
        changes.Add(SpecChange.Of(area, owner, location, rule, detail.Length == 0 ? where : $"{detail}; {where}", direction));
    }

    private static Dictionary<string, JToken> Properties(JObject schema) =>
        (schema["properties"] as JObject)?.Properties().ToDictionary(p => p.Name, p => p.Value, System.StringComparer.Ordinal)
        ?? new Dictionary<string, JToken>(System.StringComparer.Ordinal);

    private static HashSet<string> Required(JObject schema) =>
        new((schema["required"] as JArray)?.Values<string>().OfType<string>() ?? [], System.StringComparer.Ordinal);

    private static List<string> EnumValues(JObject? schema) =>
        (schema?["enum"] as JArray)?.Select(v => v.Type == JTokenType.String ? (string)v! : v.ToString(Formatting.None)).ToList() ?? [];
}
