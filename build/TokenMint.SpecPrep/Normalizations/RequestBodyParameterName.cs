using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>
/// Every request body is passed as a parameter named <c>request</c> (NSwag's <c>x-name</c>), not NSwag's default <c>body</c>;
/// and it is required unless its schema says it may be null, so a missing request fails before the network
/// instead of sending a JSON <c>null</c> the API does not accept.
/// </summary>
public sealed class RequestBodyParameterName : INormalization
{
    public string Description => "request bodies named 'request', required unless nullable";

    private static bool MayBeNull(JObject body) =>
        body["content"] is JObject content && content.Properties().Any(media => media.Value["schema"] is JObject schema
            && (schema["nullable"] is JValue { Type: JTokenType.Boolean } nullable && (bool)nullable!));

    public void Apply(JObject document)
    {
        if (document["paths"] is not JObject paths)
            return;
        foreach (var operation in paths.Properties().Select(p => p.Value).OfType<JObject>()
                     .SelectMany(p => p.Properties().Select(o => o.Value).OfType<JObject>()))
        {
            if (operation["requestBody"] is not JObject body)
                continue;
            if (body["x-name"] is null)
                body["x-name"] = "request";
            if (body["required"] is null && !MayBeNull(body))
                body["required"] = true;
        }
    }
}
