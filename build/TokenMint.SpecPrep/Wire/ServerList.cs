using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Wire;

/// <summary>One entry of a spec's <c>servers</c>, with the environment name an overlay may give it.</summary>
public sealed record Server(int Index, string Url, string? Environment, string? Description)
{
    /// <summary>"servers[1]", "servers[1] (Sandbox)" when the overlay names it; the first is also the default: "servers[0] (Live, default)".</summary>
    public string Label => (Environment, Index) switch
    {
        (null, 0) => "servers[0] (default)",
        (null, _) => $"servers[{Index}]",
        (_, 0) => $"servers[0] ({Environment}, default)",
        _ => $"servers[{Index}] ({Environment})",
    };
}

/// <summary>
/// The servers of an effective spec, where the SDK's default base URLs come from: the first is the default, and an overlay
/// names the ones callers choose between with <c>x-tokenmint-environment</c> (Deck's Live and Sandbox).
/// </summary>
public static class ServerList
{
    public const string EnvironmentExtension = "x-tokenmint-environment";

    private static readonly Regex Identifier = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    /// <summary>As written, for comparing two specs; nothing is checked.</summary>
    public static IReadOnlyList<Server> Of(JObject document) =>
        (document["servers"] as JArray ?? []).Select((entry, index) => entry is JObject server
            ? new Server(index, (string?)server["url"] ?? string.Empty, (string?)server[EnvironmentExtension], (string?)server["description"])
            : new Server(index, string.Empty, null, null)).ToList();

    /// <summary>
    /// The servers the generated code exposes. Stops the build, naming the fix, when there is none (a page with <c>servers: []</c>
    /// needs an overlay action that adds the host, with its reason), or when one is not an absolute https URL the SDK can call.
    /// </summary>
    public static IReadOnlyList<Server> ForGeneration(JObject document, string vendor)
    {
        var servers = Of(document);
        if (servers.Count == 0)
            throw new SpecException($"{vendor}: the spec lists no servers, so the SDK would have no default base URL. Add one in specs/{vendor}/{SpecPreparer.OverlayFileName} "
                + "(target: $.servers, update: {url: https://…}) with a description saying where the host comes from.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in servers)
        {
            if (!Uri.TryCreate(server.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || server.Url.Contains('{', StringComparison.Ordinal)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
                throw new SpecException($"{vendor}: {server.Label} url '{server.Url}' is not an absolute https URL without variables, query or fragment; "
                    + $"give the SDK a concrete one in specs/{vendor}/{SpecPreparer.OverlayFileName}.");
            if (server.Environment is { } name && (!Identifier.IsMatch(name) || name == DefaultName || name.StartsWith(UnnamedPrefix, StringComparison.Ordinal) || !names.Add(name)))
                throw new SpecException($"{vendor}: {server.Label} {EnvironmentExtension} '{name}' must be a unique PascalCase identifier other than {DefaultName} and {UnnamedPrefix}<n>.");
        }
        return servers;
    }

    /// <summary>The generated constant for the first server.</summary>
    public const string DefaultName = "Default";

    /// <summary>The generated constant for a later server the overlay does not name: Server1, Server2…</summary>
    public const string UnnamedPrefix = "Server";
}
