using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Which way each component schema travels: from operations' parameters and request bodies (request) and from their responses
/// (response), following $refs transitively. A change is judged by this, since an added required field breaks a request but not a response.
/// </summary>
public static class SchemaDirections
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IReadOnlyDictionary<string, Direction> Of(JObject document)
    {
        var directions = new Dictionary<string, Direction>(System.StringComparer.Ordinal);
        foreach (var operation in Operations(document))
        {
            foreach (var parameter in operation["parameters"] as JArray ?? [])
                Visit(document, parameter, Direction.Request, directions);
            Visit(document, operation["requestBody"], Direction.Request, directions);
            Visit(document, operation["responses"], Direction.Response, directions);
        }
        return directions;
    }

    public static IEnumerable<JObject> Operations(JObject document) =>
        (document["paths"] as JObject)?.Properties().Select(p => p.Value).OfType<JObject>()
            .SelectMany(path => path.Properties().Where(p => Methods.Contains(p.Name)).Select(p => p.Value).OfType<JObject>())
        ?? [];

    private static void Visit(JObject document, JToken? token, Direction direction, Dictionary<string, Direction> directions, HashSet<string>? seen = null)
    {
        if (token is null)
            return;
        seen ??= [];
        foreach (var node in SchemaWalker.Objects(token))
        {
            if (Keyword.String(node, "$ref") is not { } reference || !reference.StartsWith("#/components/", System.StringComparison.Ordinal))
                continue;
            var parts = reference.Substring("#/components/".Length).Split('/', 2);
            if (parts.Length != 2 || document["components"]?[parts[0]]?[parts[1]] is not JObject target)
                continue;
            // Each target once per walk: schemas may refer to themselves.
            if (!seen.Add(reference))
                continue;
            if (parts[0] == "schemas")
                directions[parts[1]] = directions.GetValueOrDefault(parts[1]) | direction;
            Visit(document, target, direction, directions, seen);
        }
    }
}
