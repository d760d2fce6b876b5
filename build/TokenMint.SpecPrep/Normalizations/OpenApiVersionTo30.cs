using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>Once the 3.1 constructs are rewritten, the document is declared 3.0.3 so NSwag reads it with 3.0 rules.</summary>
public sealed class OpenApiVersionTo30 : INormalization
{
    public string Description => "openapi 3.1.x to 3.0.3 after the 3.1 rewrites";

    public void Apply(JObject document)
    {
        if (((string?)document["openapi"])?.StartsWith("3.1", System.StringComparison.Ordinal) == true)
            document["openapi"] = "3.0.3";
    }
}
