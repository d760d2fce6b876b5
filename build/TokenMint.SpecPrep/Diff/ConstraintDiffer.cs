using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Compares the limits of one request schema: lengths, item counts, ranges (with 3.0 exclusive flags) and pattern.
/// NSwag turns a request property's limits into data annotations that RequestValidator checks before the network, so a new
/// or lower maxLength makes calls that worked fail locally: a behaviour change, never silent. Enum values are compared by
/// <see cref="SchemaDiffer"/> (a removed value removes a C# member, which is breaking).
/// </summary>
internal static class ConstraintDiffer
{
    private static readonly (string Keyword, string? Exclusive, bool Upper)[] Bounds =
    [
        ("maxLength", null, true), ("minLength", null, false),
        ("maxItems", null, true), ("minItems", null, false),
        ("maximum", "exclusiveMaximum", true), ("minimum", "exclusiveMinimum", false),
    ];

    /// <param name="checkedBySdk">A property of a request model (validated before the network); otherwise only the server checks it.</param>
    public static IEnumerable<(BreakingRule Rule, string Detail)> Compare(JObject? before, JObject? after, bool checkedBySdk)
    {
        var where = checkedBySdk ? "before the network" : "by the server (the SDK does not check this limit)";
        foreach (var (keyword, exclusive, upper) in Bounds)
        {
            var was = Bound(before, keyword, exclusive);
            var now = Bound(after, keyword, exclusive);
            if (was?.Value == now?.Value && was?.Exclusive == now?.Exclusive)
                continue;
            var tighter = was is null || now is not null && (upper
                ? now.Value.Value < was.Value.Value || now.Value.Value == was.Value.Value && now.Value.Exclusive
                : now.Value.Value > was.Value.Value || now.Value.Value == was.Value.Value && now.Value.Exclusive);
            yield return (tighter ? BreakingRules.ConstraintTightened : BreakingRules.ConstraintLoosened,
                $"{keyword} {Text(was)} → {Text(now)}: {(tighter ? "more" : "fewer")} requests rejected {where}");
        }
        var patternBefore = Pattern(before);
        var patternAfter = Pattern(after);
        if (patternBefore == patternAfter)
            yield break;
        var rule = patternBefore is null ? BreakingRules.ConstraintTightened : patternAfter is null ? BreakingRules.ConstraintLoosened : BreakingRules.ConstraintChanged;
        var effect = rule == BreakingRules.ConstraintTightened ? "more" : rule == BreakingRules.ConstraintLoosened ? "fewer" : "other";
        yield return (rule, $"pattern {Quoted(patternBefore)} → {Quoted(patternAfter)}: {effect} requests rejected {where}");
    }

    private static (double Value, bool Exclusive, string Text)? Bound(JObject? schema, string keyword, string? exclusive)
    {
        if (schema?[keyword] is not JValue { Type: JTokenType.Integer or JTokenType.Float } value)
            return null;
        var isExclusive = exclusive is not null && schema[exclusive] is JValue { Type: JTokenType.Boolean } flag && (bool)flag!;
        return (System.Convert.ToDouble(value.Value, CultureInfo.InvariantCulture), isExclusive,
            System.Convert.ToString(value.Value, CultureInfo.InvariantCulture) + (isExclusive ? " (exclusive)" : string.Empty));
    }

    private static string Text((double Value, bool Exclusive, string Text)? bound) => bound?.Text ?? "none";

    private static string? Pattern(JObject? schema) => schema is null ? null : Keyword.String(schema, "pattern");

    private static string Quoted(string? pattern) => pattern is null ? "none" : $"`{pattern}`";
}
