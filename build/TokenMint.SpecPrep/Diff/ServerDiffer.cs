using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Compares the servers of two effective specs, position by position: the first is the SDK's default base URL, and the overlay
/// names others as environments by position (Deck's servers[1] is Sandbox). A moved server is a behaviour change (requests go
/// to a new host once regenerated); descriptions are not compared.
/// </summary>
public static class ServerDiffer
{
    public static void Compare(JObject before, JObject after, List<SpecChange> changes)
    {
        var was = ServerList.Of(before);
        var now = ServerList.Of(after);
        for (var i = 0; i < Math.Max(was.Count, now.Count); i++)
        {
            if (i >= now.Count)
                Add(changes, was[i].Label, BreakingRules.ServerRemoved, was[i].Url);
            else if (i >= was.Count)
                Add(changes, now[i].Label, BreakingRules.ServerAdded, now[i].Url);
            else if (!SameUrl(was[i].Url, now[i].Url))
                Add(changes, now[i].Label, BreakingRules.ServerMoved, $"{was[i].Url} → {now[i].Url}: {Consequence(was[i], now[i])}");
        }
    }

    private static string Consequence(Server was, Server now)
    {
        var sameHost = Uri.TryCreate(was.Url, UriKind.Absolute, out var a) && Uri.TryCreate(now.Url, UriKind.Absolute, out var b)
            && string.Equals(a.GetLeftPart(UriPartial.Authority), b.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        var requests = now.Environment is null ? "requests" : $"{now.Environment} requests";
        return $"{requests} go to a new {(sameHost ? "base path" : "host")}";
    }

    // The SDK adds the trailing slash itself, so "…/api/v1" and "…/api/v1/" are the same base URL.
    private static bool SameUrl(string a, string b) => string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal);

    private static void Add(List<SpecChange> changes, string location, BreakingRule rule, string detail) =>
        changes.Add(SpecChange.Of(ChangeArea.Server, "servers", location, rule, detail, Direction.Both));
}
