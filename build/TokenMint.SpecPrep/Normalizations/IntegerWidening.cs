using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>An integer with no format becomes int64: a millisecond timestamp or a large count must not overflow <c>int</c>.</summary>
public sealed class IntegerWidening : INormalization
{
    public string Description => "integers without a format to int64";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, schema =>
    {
        if (Keyword.String(schema, "type") == "integer" && schema["format"] is null)
            schema["format"] = "int64";
    });
}
