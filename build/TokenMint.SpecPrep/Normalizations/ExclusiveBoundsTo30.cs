using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>OpenAPI 3.1 numeric <c>exclusiveMinimum: n</c> becomes 3.0 <c>minimum: n, exclusiveMinimum: true</c> (and the same for maximum).</summary>
public sealed class ExclusiveBoundsTo30 : INormalization
{
    public string Description => "3.1 numeric exclusiveMinimum/exclusiveMaximum to the 3.0 boolean form";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, schema =>
    {
        Convert(schema, "exclusiveMinimum", "minimum");
        Convert(schema, "exclusiveMaximum", "maximum");
    });

    private static void Convert(JObject schema, string exclusive, string inclusive)
    {
        if (schema[exclusive] is not JValue { Type: JTokenType.Integer or JTokenType.Float } bound)
            return;
        schema[inclusive] = bound.DeepClone();
        schema[exclusive] = true;
    }
}
