using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>
/// OpenAPI 3.1 <c>anyOf/oneOf: [X, {type: 'null'}]</c> becomes X with 3.0 <c>nullable: true</c>:
/// NJsonSchema turns the union into an empty placeholder class (NSwag 3917, 5013; NJsonSchema 994).
/// </summary>
public sealed class NullUnionCollapse : INormalization
{
    public string Description => "3.1 null unions (anyOf/oneOf with {type: 'null'}) to nullable: true";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, Collapse);

    private static void Collapse(JObject schema)
    {
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema[keyword] is not JArray branches)
                continue;
            var nulls = branches.Where(IsNullSchema).ToList();
            if (nulls.Count == 0)
                continue;
            foreach (var branch in nulls)
                branches.Remove(branch);
            schema["nullable"] = true;
            if (branches.Count != 1)
                continue;
            var only = (JObject)branches[0];
            schema.Remove(keyword);
            if (only["$ref"] is { } reference)
            {
                // A sibling of $ref is ignored in 3.0, so the reference goes under allOf (alone: its 3.1 siblings join the schema below).
                schema["allOf"] = new JArray(new JObject { ["$ref"] = reference.DeepClone() });
                only.Remove("$ref");
            }
            foreach (var property in only.Properties().Where(p => schema[p.Name] is null))
                schema[property.Name] = property.Value.DeepClone();
        }
    }

    internal static bool IsNullSchema(JToken branch) =>
        branch is JObject obj && obj.Count == 1 && Keyword.String(obj, "type") == "null";
}
