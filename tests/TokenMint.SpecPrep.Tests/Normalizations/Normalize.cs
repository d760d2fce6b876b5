using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

/// <summary>Runs one normalization on a schema placed at components.schemas.Subject of an otherwise empty document.</summary>
internal static class Normalize
{
    public static JObject Schema(INormalization normalization, string schemaYaml)
    {
        var document = new JObject
        {
            ["openapi"] = "3.1.0",
            ["components"] = new JObject { ["schemas"] = new JObject { ["Subject"] = Documents.Parse(schemaYaml) } },
        };
        normalization.Apply(document);
        return (JObject)document["components"]!["schemas"]!["Subject"]!;
    }
}
