using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep;

/// <summary>
/// Applies <c>x-tokenmint-name</c>, which overlays set to name a type for what it is: a component schema is
/// renamed (and every $ref to it rewritten); an inline schema is moved into components under that name.
/// Overlay 1.0 can change values but not keys, so renaming needs this step after the overlay.
/// </summary>
public static class TypeNames
{
    public const string Extension = "x-tokenmint-name";
    private const string SchemaRefPrefix = "#/components/schemas/";

    public static void Apply(JObject document)
    {
        var schemas = document["components"]?["schemas"] as JObject;
        if (schemas is not null)
            foreach (var property in schemas.Properties().ToList())
                RenameComponent(document, schemas, property);
        SchemaWalker.VisitObjects(document, schema =>
        {
            if (schema[Extension] is not null && schema.Parent?.Parent != document["components"]?["schemas"])
                Hoist(document, schema);
        });
    }

    private static void RenameComponent(JObject document, JObject schemas, JProperty property)
    {
        var schema = (JObject)property.Value;
        var name = TakeName(schema);
        if (name is null || name == property.Name)
            return;
        if (schemas[name] is not null)
            throw new SpecException($"{Extension}: components.schemas.{property.Name} cannot be renamed to {name}, which exists.");
        property.Replace(new JProperty(name, schema));
        foreach (var reference in SchemaWalker.Objects(document).Where(o => (string?)o["$ref"] == SchemaRefPrefix + property.Name))
            reference["$ref"] = SchemaRefPrefix + name;
    }

    private static void Hoist(JObject document, JObject schema)
    {
        var name = TakeName(schema)!;
        var components = document["components"] as JObject ?? (JObject)(document["components"] = new JObject());
        var schemas = components["schemas"] as JObject ?? (JObject)(components["schemas"] = new JObject());
        if (schemas[name] is not null)
            throw new SpecException($"{Extension}: an inline schema cannot take the name {name}, which exists.");
        var hoisted = (JObject)schema.DeepClone();
        schemas[name] = hoisted;
        schema.RemoveAll();
        schema["$ref"] = SchemaRefPrefix + name;
    }

    private static string? TakeName(JObject schema)
    {
        var name = (string?)schema[Extension];
        if (name is null)
            return null;
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]*$"))
            throw new SpecException($"{Extension}: '{name}' is not a PascalCase identifier.");
        schema.Remove(Extension);
        return name;
    }
}
