using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// A schema's type in one short string ("string", "integer(int64)", "array&lt;Language&gt;", "map&lt;any&gt;", "CreateClientTokenResponse"),
/// the part that decides the C# type. Two schemas with different shapes are a type change; equal shapes are compared member by member.
/// </summary>
public static class SchemaShape
{
    public const string SchemaRefPrefix = "#/components/schemas/";

    public static string Describe(JToken? schema)
    {
        if (schema is not JObject obj)
            return "any";
        if (Keyword.String(obj, "$ref") is { } reference)
            return reference.StartsWith(SchemaRefPrefix, System.StringComparison.Ordinal) ? reference.Substring(SchemaRefPrefix.Length) : reference;
        // The normalized form of a nullable reference: nullable + allOf with the one $ref.
        if (obj["allOf"] is JArray { Count: 1 } single)
            return Describe(single[0]);
        foreach (var union in new[] { "oneOf", "anyOf", "allOf" })
            if (obj[union] is JArray members)
                return $"{union}<{string.Join("|", members.Select(Describe))}>";
        var type = Keyword.String(obj, "type");
        if (type == "array")
            return $"array<{Describe(obj["items"])}>";
        if (type == "object" || obj["properties"] is JObject)
            return obj["properties"] is JObject { Count: > 0 } || obj["additionalProperties"] is null or JValue { Type: JTokenType.Boolean }
                ? "object"
                : $"map<{Describe(obj["additionalProperties"])}>";
        if (type is null)
            return "any";
        return Keyword.String(obj, "format") is { } format ? $"{type}({format})" : type;
    }

    /// <summary>An object schema written in place (not a $ref), whose properties are compared one by one.</summary>
    public static bool IsInlineObject(JToken? schema) => Describe(schema) == "object";

    public static bool IsNullable(JToken? schema) => schema is JObject obj && obj["nullable"] is JValue { Type: JTokenType.Boolean } value && (bool)value!;
}
