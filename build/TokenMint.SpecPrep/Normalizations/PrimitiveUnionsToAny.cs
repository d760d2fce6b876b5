using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>
/// A union of primitive types only (<c>anyOf: [{type: string}, {type: integer}]</c>) becomes an untyped value:
/// NJsonSchema would generate an empty placeholder class that cannot hold either; <c>object</c> holds both.
/// </summary>
public sealed class PrimitiveUnionsToAny : INormalization
{
    private static readonly string[] Primitives = ["string", "integer", "number", "boolean"];

    public string Description => "unions of primitive types to an untyped value";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, schema =>
    {
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema[keyword] is JArray { Count: > 1 } branches && branches.All(IsPrimitive))
            {
                var kinds = string.Join(" or ", branches.Select(b => Keyword.String((JObject)b, "type")));
                schema.Remove(keyword);
                schema["description"] ??= $"A {kinds}.";
            }
        }
    });

    private static bool IsPrimitive(JToken branch) =>
        branch is JObject obj && obj.Properties().All(p => p.Name is "type" or "format" or "description" or "title")
        && Primitives.Contains(Keyword.String(obj, "type"));
}
