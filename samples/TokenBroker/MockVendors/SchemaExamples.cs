using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TokenBroker.MockVendors;

/// <summary>
/// Builds a value that fits a schema of an OpenAPI page, the way Prism's static mocks do: the schema's own example where
/// it has one, else the first enum value, else a value of the declared type within its limits. Two rules make a mock
/// vendor look like a real one: a property named like an expiry is a time 15 minutes from now, and a text property named
/// like a token or key is a fresh random value, so every call mints a new token. Given an echo (see
/// <see cref="MockOperation"/>), the text a person reads in an error — a message, msg or detail property — repeats it.
/// </summary>
internal sealed class SchemaExamples(JsonNode document)
{
    private static readonly TimeSpan MockLifetime = TimeSpan.FromMinutes(15);

    /// <summary>A value for <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema, or a $ref to one.</param>
    /// <param name="echo">Text for the free-text strings inside message-like properties, or null for none.</param>
    public JsonNode? For(JsonNode? schema, string? echo = null) => Build(schema, name: string.Empty, depth: 0, new Echo(echo, InMessage: false));

    private JsonNode? Build(JsonNode? node, string name, int depth, Echo echo)
    {
        if (node is not JsonObject schema || depth > 32)
            return null;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            return Build(Resolve(reference), name, depth + 1, echo);
        if (schema["example"] is { } example)
            return example.DeepClone();
        if (schema["examples"] is JsonArray { Count: > 0 } examples)
            return examples[0]?.DeepClone();
        if (schema["enum"] is JsonArray { Count: > 0 } values)
            return values[0]?.DeepClone();
        if (schema["allOf"] is JsonArray all)
            return Merge(all.Select(part => Build(part, name, depth + 1, echo)));
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray choices)
            return Build(choices.FirstOrDefault(choice => TypeOf(choice) != "null"), name, depth + 1, echo);

        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth, echo),
            "array" => new JsonArray(Build(schema["items"], name, depth + 1, echo)),
            "string" => Text(schema, name, echo),
            "integer" => IsExpiry(name)
                ? JsonValue.Create(DateTimeOffset.UtcNow.Add(MockLifetime).ToUnixTimeMilliseconds())   // Unix ms, as Oneloop sends
                : JsonValue.Create((long)Minimum(schema)),
            "number" => JsonValue.Create(Minimum(schema)),
            "boolean" => JsonValue.Create(true),
            _ => null,
        };
    }

    private JsonObject Object(JsonObject schema, int depth, Echo echo)
    {
        var result = new JsonObject();
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? new JsonObject())
            result[property] = Build(propertySchema, property, depth + 1, echo with { InMessage = echo.InMessage || IsMessage(property) });
        return result;
    }

    private static JsonNode Text(JsonObject schema, string name, Echo echo) => schema["format"]?.GetValue<string>() switch
    {
        "uuid" => JsonValue.Create(Guid.NewGuid()),
        "date-time" => JsonValue.Create(DateTimeOffset.UtcNow),
        _ when echo is { InMessage: true, Text: { } text } => JsonValue.Create(text),
        _ when IsExpiry(name) => JsonValue.Create(DateTimeOffset.UtcNow.Add(MockLifetime).ToString("O")),
        _ when IsSecret(name) => JsonValue.Create("mock_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
        _ => JsonValue.Create(name.Length == 0 ? "mock" : "mock-" + name),
    };

    // The smallest value the schema allows: its minimum, or one more when the minimum is exclusive.
    private static double Minimum(JsonObject schema)
    {
        var minimum = Number(schema["minimum"]) ?? 0;
        var exclusive = schema["exclusiveMinimum"];
        return exclusive?.GetValueKind() switch
        {
            JsonValueKind.True => minimum + 1,              // OpenAPI 3.0: a flag on minimum
            JsonValueKind.Number => Number(exclusive)!.Value + 1,   // OpenAPI 3.1: the bound itself
            _ => minimum,
        };
    }

    private static double? Number(JsonNode? node) =>
        node?.GetValueKind() is JsonValueKind.Number ? double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture) : null;

    // "type" is a name, or in OpenAPI 3.1 a list such as [string, null]; a schema with properties but no type is an object.
    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue type => type.GetValue<string>(),
        JsonArray types => types.Select(type => type?.GetValue<string>()).FirstOrDefault(type => type != "null") ?? "null",
        _ => schema?["properties"] is null ? null : "object",
    };

    private static JsonNode? Merge(IEnumerable<JsonNode?> parts)
    {
        var built = parts.ToList();
        if (built.Count == 0 || !built.All(part => part is JsonObject))
            return built.FirstOrDefault(part => part is not null);
        var merged = new JsonObject();
        foreach (var part in built)
            foreach (var (property, value) in part!.AsObject())
                merged[property] = value?.DeepClone();
        return merged;
    }

    private JsonNode? Resolve(string reference)
    {
        // Local references only (#/components/schemas/Name): every vendor page is self-contained.
        JsonNode? node = document;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node?[segment.Replace("~1", "/").Replace("~0", "~")];
        return node;
    }

    // Where vendors put text for people: where a vendor's error may repeat what it received.
    private static bool IsMessage(string name) =>
        name.Contains("message", StringComparison.OrdinalIgnoreCase) || name.Contains("detail", StringComparison.OrdinalIgnoreCase)
        || name.Equals("msg", StringComparison.OrdinalIgnoreCase);

    private static bool IsExpiry(string name) => name.Contains("expire", StringComparison.OrdinalIgnoreCase);

    private static bool IsSecret(string name) =>
        name.Contains("token", StringComparison.OrdinalIgnoreCase) || name.Contains("key", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a call echoes, and whether the value being built is inside a message-like property.</summary>
    /// <param name="Text">What to echo, if anything.</param>
    /// <param name="InMessage">True inside a message-like property, where free text is <paramref name="Text"/>.</param>
    private readonly record struct Echo(string? Text, bool InMessage);
}
