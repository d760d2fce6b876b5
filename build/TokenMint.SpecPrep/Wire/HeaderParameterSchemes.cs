using System.Linq;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Wire;

/// <summary>
/// Some vendors (Trackstar, Decart) model their API key as a header parameter of each operation instead of a security scheme.
/// The overlay marks that parameter with <c>x-tokenmint-security-scheme: &lt;scheme&gt;</c>; this step, after the overlay, turns it
/// into the scheme (apiKey in header, named after the parameter), removes the parameter (a credential is set once on the
/// client, not passed to every call) and makes the operation require the scheme. The header name thus stays the vendor's:
/// when the vendor renames the parameter, the overlay's target stops matching, and once fixed the scheme follows.
/// </summary>
public static class HeaderParameterSchemes
{
    public const string Extension = "x-tokenmint-security-scheme";

    public static void Apply(JObject document)
    {
        foreach (var operation in SchemaDirections.Operations(document).ToList())
            foreach (var parameter in (operation["parameters"] as JArray ?? []).OfType<JObject>().Where(p => p[Extension] is not null).ToList())
                Convert(document, operation, parameter);
        if (SchemaWalker.Objects(document).FirstOrDefault(o => o[Extension] is not null) is { } left)
            throw new SpecException($"{Extension} at {left.Path}: only a parameter written in an operation's own parameters can become a security scheme.");
    }

    private static void Convert(JObject document, JObject operation, JObject parameter)
    {
        var scheme = (string?)parameter[Extension];
        var header = (string?)parameter["name"];
        if (string.IsNullOrWhiteSpace(scheme) || (string?)parameter["in"] != "header" || string.IsNullOrWhiteSpace(header))
            throw new SpecException($"{Extension} at {parameter.Path}: needs a scheme name, on a parameter in: header with a name.");
        var declared = new JObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = header };
        if (parameter["description"] is JValue description)
            declared["description"] = description.DeepClone();
        var components = document["components"] as JObject ?? (JObject)(document["components"] = new JObject());
        var schemes = components["securitySchemes"] as JObject ?? (JObject)(components["securitySchemes"] = new JObject());
        if (schemes[scheme!] is not JObject existing)
            schemes[scheme!] = declared;
        else if ((string?)existing["type"] != "apiKey" || (string?)existing["in"] != "header" || (string?)existing["name"] != header)
            throw new SpecException($"{Extension} at {parameter.Path}: securitySchemes.{scheme} exists as {SecuritySchemes.Describe(existing)}, not apiKey in header {header}.");
        parameter.Remove();
        var security = operation["security"] as JArray ?? (JArray)(operation["security"] = new JArray());
        if (!security.OfType<JObject>().Any(requirement => requirement[scheme!] is not null))
            security.Add(new JObject { [scheme!] = new JArray() });
    }
}
