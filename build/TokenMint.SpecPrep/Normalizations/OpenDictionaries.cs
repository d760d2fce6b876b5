using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>
/// An object with no properties and <c>additionalProperties: true</c> becomes <c>additionalProperties: {}</c>:
/// the same meaning, but NJsonSchema then generates <c>IDictionary&lt;string, object&gt;</c> instead of <c>object</c>.
/// </summary>
public sealed class OpenDictionaries : INormalization
{
    public string Description => "free-form objects (additionalProperties: true) to dictionaries";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, schema =>
    {
        if (Keyword.String(schema, "type") == "object"
            && schema["additionalProperties"] is JValue { Type: JTokenType.Boolean } open && (bool)open!
            && (schema["properties"] is not JObject properties || !properties.Properties().Any()))
            schema["additionalProperties"] = new JObject();
    });
}
