using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>Compares two versions of one operation: its method name, retry class, parameters, request body and responses.</summary>
internal sealed class OperationDiffer(JObject documentBefore, JObject documentAfter, List<SpecChange> changes)
{
    public void Compare(string key, JObject before, JObject after)
    {
        var idBefore = (string?)before["operationId"];
        var idAfter = (string?)after["operationId"];
        if (idBefore != idAfter)
            Add(key, key, BreakingRules.OperationIdChanged, $"{idBefore} → {idAfter}", Direction.Both);
        var retryBefore = (string?)before[RetryClassification.Extension];
        var retryAfter = (string?)after[RetryClassification.Extension];
        if (retryBefore != retryAfter)
            Add(key, key, BreakingRules.RetryClassChanged, $"{retryBefore ?? "none"} → {retryAfter ?? "none"}", Direction.Both);
        CompareParameters(key, before, after);
        CompareRequestBody(key, Resolve(documentBefore, before["requestBody"]), Resolve(documentAfter, after["requestBody"]));
        CompareResponses(key, before["responses"] as JObject, after["responses"] as JObject);
    }

    private void CompareParameters(string key, JObject before, JObject after)
    {
        var was = Parameters(documentBefore, before);
        var now = Parameters(documentAfter, after);
        foreach (var (name, parameter) in was)
        {
            var location = $"{key} parameter {name}";
            if (!now.TryGetValue(name, out var current))
            {
                Add(key, location, BreakingRules.ParameterRemoved, SchemaShape.Describe(parameter["schema"]), Direction.Request);
                continue;
            }
            new SchemaDiffer(ChangeArea.Operation, key, changes).Compare(location, parameter["schema"], current["schema"], Direction.Request);
            var required = IsRequired(current);
            if (IsRequired(parameter) != required)
                Add(key, location, required ? BreakingRules.ParameterBecameRequired : BreakingRules.ParameterNoLongerRequired, string.Empty, Direction.Request);
        }
        foreach (var (name, parameter) in now.Where(p => !was.ContainsKey(p.Key)))
            Add(key, $"{key} parameter {name}", IsRequired(parameter) ? BreakingRules.ParameterAddedRequired : BreakingRules.ParameterAddedOptional,
                SchemaShape.Describe(parameter["schema"]), Direction.Request);
    }

    private void CompareRequestBody(string key, JObject? before, JObject? after)
    {
        var location = $"{key} request body";
        if (before is null != after is null)
        {
            Add(key, location, BreakingRules.RequestBodyAddedOrRemoved, before is null ? "added" : "removed", Direction.Request);
            return;
        }
        if (before is null || after is null)
            return;
        var required = IsRequired(after);
        if (IsRequired(before) != required)
            Add(key, location, required ? BreakingRules.RequestBodyBecameRequired : BreakingRules.RequestBodyNoLongerRequired, string.Empty, Direction.Request);
        CompareBody(key, location, Schema(before), Schema(after), BreakingRules.RequestBodyTypeChanged, Direction.Request);
    }

    private void CompareResponses(string key, JObject? before, JObject? after)
    {
        var was = Statuses(before);
        var now = Statuses(after);
        foreach (var (status, response) in was)
        {
            var location = $"{key} response {status}";
            if (!now.TryGetValue(status, out var current))
            {
                var success = status.StartsWith('2');
                Add(key, location, success ? BreakingRules.SuccessResponseRemoved : BreakingRules.ErrorResponseRemoved, SchemaShape.Describe(Schema(Resolve(documentBefore, response))), Direction.Response);
                continue;
            }
            CompareBody(key, location, Schema(Resolve(documentBefore, response)), Schema(Resolve(documentAfter, current)), BreakingRules.ResponseTypeChanged, Direction.Response);
        }
        foreach (var (status, response) in now.Where(s => !was.ContainsKey(s.Key)))
            Add(key, $"{key} response {status}", BreakingRules.ResponseAdded, SchemaShape.Describe(Schema(Resolve(documentAfter, response))), Direction.Response);
    }

    /// <summary>A body's type: a different $ref or primitive is a type change; an inline object is compared property by property.</summary>
    private void CompareBody(string key, string location, JToken? before, JToken? after, BreakingRule typeChanged, Direction direction)
    {
        var shapeBefore = SchemaShape.Describe(before);
        var shapeAfter = SchemaShape.Describe(after);
        if (shapeBefore != shapeAfter)
            Add(key, location, typeChanged, $"{shapeBefore} → {shapeAfter}", direction);
        else if (SchemaShape.IsInlineObject(before))
            new SchemaDiffer(ChangeArea.Operation, key, changes).Compare(location, before, after, direction);
    }

    private void Add(string key, string location, BreakingRule rule, string detail, Direction direction) =>
        changes.Add(SpecChange.Of(ChangeArea.Operation, key, location, rule, detail, direction));

    private static Dictionary<string, JObject> Parameters(JObject document, JObject operation) =>
        (operation["parameters"] as JArray ?? []).Select(p => Resolve(document, p)).OfType<JObject>()
            .GroupBy(p => $"{(string?)p["name"]} ({(string?)p["in"]})")
            .ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);

    private static Dictionary<string, JToken> Statuses(JObject? responses) =>
        responses?.Properties().ToDictionary(p => p.Name, p => p.Value, System.StringComparer.Ordinal) ?? new Dictionary<string, JToken>(System.StringComparer.Ordinal);

    private static bool IsRequired(JObject node) => node["required"] is JValue { Type: JTokenType.Boolean } value && (bool)value!;

    /// <summary>The JSON schema of a body or response: application/json's, else the first media type's.</summary>
    private static JToken? Schema(JObject? body)
    {
        if (body?["content"] is not JObject content)
            return null;
        var media = content["application/json"] ?? content.Properties().FirstOrDefault()?.Value;
        return media?["schema"];
    }

    /// <summary>Follows a local $ref to components (responses, parameters, request bodies); schemas stay references.</summary>
    private static JObject? Resolve(JObject document, JToken? node)
    {
        for (var depth = 0; depth < 10 && node is JObject obj && Keyword.String(obj, "$ref") is { } reference; depth++)
            node = reference.StartsWith("#/", System.StringComparison.Ordinal)
                ? document.SelectToken("$." + string.Join(".", reference.Substring(2).Split('/').Select(s => $"['{s}']")))
                : null;
        return node as JObject;
    }
}
