using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep;

/// <summary>Visits every JSON object in a document, deepest first, so a rewrite sees already-rewritten children.</summary>
public static class SchemaWalker
{
    public static void VisitObjects(JToken root, Action<JObject> visit)
    {
        foreach (var child in root.Children().ToList())
            VisitObjects(child, visit);
        if (root is JObject obj)
            visit(obj);
    }

    public static IEnumerable<JObject> Objects(JToken root) =>
        new[] { root }.Concat(root is JContainer c ? c.Descendants() : []).OfType<JObject>().ToList();
}

/// <summary>Reads schema keywords safely: in a <c>properties</c> map a key such as "type" names a property, not a keyword.</summary>
public static class Keyword
{
    public static string? String(JObject schema, string keyword) =>
        schema[keyword] is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
