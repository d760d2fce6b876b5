using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// An operation that left one path (or method) and appeared at another with the same operationId: the same client method, so
/// the C# surface keeps it, but its requests go elsewhere. Paired here so the report says "operation moved" rather than a
/// breaking removal plus an addition.
/// </summary>
internal static class OperationMoves
{
    /// <returns>For each moved operation, its key now ("POST /link/token") and its key before ("POST /link/token/create").</returns>
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyDictionary<string, JObject> was, IReadOnlyDictionary<string, JObject> now)
    {
        var removed = was.Where(o => !now.ContainsKey(o.Key)).ToList();
        var added = now.Where(o => !was.ContainsKey(o.Key)).ToList();
        var moves = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (key, operation) in removed)
        {
            // Only an unambiguous pair: one removed and one added operation carrying the same operationId.
            var id = (string?)operation["operationId"];
            if (id is null || removed.Count(r => (string?)r.Value["operationId"] == id) != 1)
                continue;
            var targets = added.Where(a => (string?)a.Value["operationId"] == id).Select(a => a.Key).ToList();
            if (targets.Count == 1)
                moves[targets[0]] = key;
        }
        return moves;
    }

    public static SpecChange Change(string from, string to, JObject operation) =>
        SpecChange.Of(ChangeArea.Operation, to, $"{from} → {to}", BreakingRules.OperationMoved,
            $"{operation["operationId"]}; wire change: requests now go to {to}", Direction.Both);
}
