using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>OpenAPI 3.1 <c>type: [X, 'null']</c> becomes <c>type: X, nullable: true</c>, the form NJsonSchema reads.</summary>
public sealed class TypeArrayCollapse : INormalization
{
    public string Description => "3.1 type arrays with 'null' to a single type with nullable: true";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, Collapse);

    private static void Collapse(JObject schema)
    {
        if (schema["type"] is not JArray types)
            return;
        if (types.Any(t => t.Type != JTokenType.String))
            return;
        var names = types.Select(t => (string?)t).ToList();
        var nonNull = names.Where(n => n != "null").ToList();
        if (nonNull.Count == names.Count)
        {
            if (names.Count == 1)
                schema["type"] = names[0];
            return;
        }
        schema["nullable"] = true;
        if (nonNull.Count == 1)
            schema["type"] = nonNull[0];
        else if (nonNull.Count == 0)
            schema.Remove("type");
        else
            schema["type"] = new JArray(nonNull);
    }
}
