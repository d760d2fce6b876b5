using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>
/// A path, query, header or cookie parameter is a method parameter named in camelCase (<c>workspace_id</c> → <c>workspaceId</c>,
/// <c>X-Request-Id</c> → <c>xRequestId</c>): NSwag would keep the underscores it turns hyphens into. The name goes in NSwag's
/// <c>x-originalName</c>, which only names the C# variable; the wire keeps the spec's name.
/// </summary>
public sealed class ParameterVariableNames : INormalization
{
    public const string Extension = "x-originalName";

    private static readonly Regex CamelCase = new("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    public string Description => "parameters named in camelCase (x-originalName)";

    public void Apply(JObject document)
    {
        if (document["paths"] is not JObject paths)
            return;
        foreach (var item in paths.Properties().Select(p => p.Value).OfType<JObject>())
        {
            var operations = item.Properties().Select(o => o.Value).OfType<JObject>();
            foreach (var parameter in new[] { item }.Concat(operations).SelectMany(o => (o["parameters"] as JArray ?? []).OfType<JObject>()))
            {
                if (parameter[Extension] is not null || (string?)parameter["name"] is not { Length: > 0 } name || CamelCase.IsMatch(name))
                    continue;
                var pascal = Naming.PascalCase(name);
                if (pascal.Length > 0 && char.IsLetter(pascal[0]))
                    parameter[Extension] = Naming.CamelCase(pascal);
            }
        }
    }
}
