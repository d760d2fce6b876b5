using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Overlays;

/// <summary>One overlay action: a JSONPath target, a description saying why, and an update or a removal.</summary>
public sealed class OverlayAction
{
    private OverlayAction(string where, string target, string description, JToken? update, bool remove)
    {
        Where = where;
        Target = target;
        Description = description;
        Update = update;
        Remove = remove;
    }

    public string Where { get; }

    public string Target { get; }

    public string Description { get; }

    public JToken? Update { get; }

    public bool Remove { get; }

    internal static OverlayAction Parse(JObject? action, string where)
    {
        if (action is null)
            throw new SpecException($"{where}: an action must be an object.");
        var target = (string?)action["target"];
        if (string.IsNullOrWhiteSpace(target))
            throw new SpecException($"{where}: 'target' is required.");
        var description = (string?)action["description"];
        if (string.IsNullOrWhiteSpace(description))
            throw new SpecException($"{where} ({target}): 'description' is required; say why the spec needs this change.");
        var remove = (bool?)action["remove"] ?? false;
        var update = action["update"];
        if (remove == (update is not null))
            throw new SpecException($"{where} ({target}): give exactly one of 'update' or 'remove: true'.");
        return new OverlayAction(where, target!, description!, update, remove);
    }

    internal IReadOnlyList<JToken> Select(JObject document)
    {
        try
        {
            return document.SelectTokens(Target).ToList();
        }
        catch (System.Exception error) when (error is JsonException or System.IndexOutOfRangeException or System.ArgumentException)
        {
            // Json.NET reports most malformed paths as JsonException, but some (an unfinished filter) as IndexOutOfRangeException
            // and a bad =~ regex as RegexParseException, an ArgumentException.
            throw new SpecException($"{Where}: target '{Target}' is not valid JSONPath: {error.Message}");
        }
    }

    internal void ApplyTo(JObject document)
    {
        var matches = Select(document);
        if (matches.Count == 0)
            throw new SpecException($"{Where}: target '{Target}' matches nothing ({Description}). Fix or delete the action.");
        foreach (var match in matches)
        {
            if (Remove)
                RemoveToken(match);
            else
                JsonMerge.Into(match, Update!, $"{Where} ({Target})");
        }
    }

    private void RemoveToken(JToken match)
    {
        switch (match.Parent)
        {
            case JProperty property:
                property.Remove();
                break;
            case JArray:
                match.Remove();
                break;
            default:
                throw new SpecException($"{Where}: cannot remove the document root ('{Target}').");
        }
    }
}
