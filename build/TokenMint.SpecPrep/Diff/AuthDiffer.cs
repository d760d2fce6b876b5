using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Compares the security schemes of two effective specs by name: what goes on the wire (type, location, header name, http scheme).
/// The SDK sends every scheme's header on every request, so any difference changes the requests: breaking on the wire, even
/// though callers' code compiles unchanged. Descriptions are not compared.
/// </summary>
public static class AuthDiffer
{
    public static void Compare(JObject before, JObject after, List<SpecChange> changes)
    {
        var was = SecuritySchemes.Of(before);
        var now = SecuritySchemes.Of(after);
        foreach (var name in was.Keys.Union(now.Keys).OrderBy(k => k, System.StringComparer.Ordinal))
        {
            var location = $"securitySchemes.{name}";
            if (!now.TryGetValue(name, out var current))
                Add(changes, location, BreakingRules.AuthSchemeRemoved, $"{SecuritySchemes.Describe(was[name])}: requests no longer carry it");
            else if (!was.TryGetValue(name, out var previous))
                Add(changes, location, BreakingRules.AuthSchemeAdded, $"{SecuritySchemes.Describe(current)}: requests lack it until the options class sends it");
            else if (SecuritySchemes.Describe(previous) is var described && described != SecuritySchemes.Describe(current))
                Add(changes, location, BreakingRules.AuthSchemeChanged, $"{described} → {SecuritySchemes.Describe(current)}: requests carry the credential differently");
        }
    }

    private static void Add(List<SpecChange> changes, string location, BreakingRule rule, string detail) =>
        changes.Add(SpecChange.Of(ChangeArea.Auth, "securitySchemes", location, rule, detail, Direction.Both));
}
