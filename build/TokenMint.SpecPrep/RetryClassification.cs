using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep;

/// <summary>
/// Checks that the overlay classified every operation with <c>x-tokenmint-retry</c> (safe or unsafe). The generated client stamps the
/// class on each request and the retry handler reads it, so an unclassified operation would have no duplicate-safety decision:
/// the build stops instead. Run by the build's prepare step.
/// </summary>
public static class RetryClassification
{
    public const string Extension = "x-tokenmint-retry";
    public static readonly IReadOnlyList<string> Values = ["safe", "unsafe"];

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static void Check(JObject document, string vendor)
    {
        var problems = new List<string>();
        foreach (var path in (document["paths"] as JObject)?.Properties() ?? Enumerable.Empty<JProperty>())
            foreach (var operation in (path.Value as JObject)?.Properties().Where(p => Methods.Contains(p.Name)) ?? Enumerable.Empty<JProperty>())
            {
                var value = (operation.Value as JObject)?[Extension];
                if (value is null)
                    problems.Add($"{operation.Name.ToUpperInvariant()} {path.Name} has no {Extension}");
                else if (value.Type != JTokenType.String || !Values.Contains((string)value!))
                    problems.Add($"{operation.Name.ToUpperInvariant()} {path.Name} has {Extension}: {value.ToString(Newtonsoft.Json.Formatting.None)}, expected {string.Join(" or ", Values)}");
            }
        if (problems.Count > 0)
            throw new SpecException(
                $"{vendor}: {string.Join("; ", problems)}. Classify each operation in specs/{vendor}/{SpecPreparer.OverlayFileName} "
                + $"(safe: a repeat is harmless, such as minting a token; unsafe: a repeat may create a duplicate).");
    }
}
