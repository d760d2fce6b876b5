using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>
/// The first specs/&lt;id&gt;/overlay.yaml of a new vendor: what the build needs to generate it at once, each action a safe default
/// that a person must confirm. Every action's description starts with <see cref="Undecided"/>; VendorListTests fail while any is
/// left, so the defaults cannot ship unreviewed.
/// </summary>
public static class OverlaySkeleton
{
    /// <summary>The mark of a decision new-vendor took on someone's behalf; delete it from a description once decided.</summary>
    public const string Undecided = "TODO(new-vendor):";

    /// <summary>Where the SDK sends requests when a page lists no server: a name that never resolves (RFC 6761), so nothing leaves.</summary>
    public static string PlaceholderHost(string id) => $"https://{id}.invalid";

    // A header named like this may be the credential; it is proposed as one only if the page requires it or its name says API key
    // outright, since the guess makes it a client-wide secret read from an environment variable. Idempotency keys, request ids and
    // trace headers are per-call values whatever the page says.
    private static readonly Regex CredentialName = new("key|token|secret|auth|signature|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex PerCallName = new("idempot|request-id|correlation|trace", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex KeyName = new("^((.+-)?api-key|authorization)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>One operation of the pages, with the method name new-vendor proposes.</summary>
    public sealed record Operation(string Method, string Path, string? OperationId, string Name)
    {
        public string Key => $"{Method.ToUpperInvariant()} {Path}";

        public string Target => $"$.paths['{Path}'].{Method}";
    }

    /// <summary>A header parameter that looks like the credential: it becomes the security scheme <paramref name="Scheme"/>.</summary>
    public sealed record CredentialHeader(Operation Operation, string Header, string Scheme);

    /// <summary>A header parameter named like a credential that stays a parameter of the method: <paramref name="Why"/> it was not proposed.</summary>
    public sealed record LeftHeader(Operation Operation, string Header, string Why);

    /// <summary>What the skeleton decided, for the overlay and for the checklist.</summary>
    public sealed record Plan(
        IReadOnlyList<Operation> Operations,
        IReadOnlyList<CredentialHeader> CredentialHeaders,
        IReadOnlyList<LeftHeader> LeftHeaders,
        string? PlaceholderServer,
        bool ServersKeyPresent);

    /// <param name="document">The vendor's pages merged and normalized, no overlay yet.</param>
    public static Plan Decide(JObject document, string id)
    {
        var operations = new List<Operation>();
        var headers = new List<CredentialHeader>();
        var left = new List<LeftHeader>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in (document["paths"] as JObject)?.Properties() ?? [])
        {
            foreach (var method in (path.Value as JObject)?.Properties().Where(p => Methods.Contains(p.Name) && p.Value is JObject) ?? [])
            {
                var body = (JObject)method.Value;
                var operationId = (string?)body["operationId"];
                var name = Unique(GuessName(method.Name, path.Name, operationId), taken);
                var operation = new Operation(method.Name, path.Name, operationId, name);
                operations.Add(operation);
                foreach (var parameter in (body["parameters"] as JArray ?? []).OfType<JObject>())
                {
                    if ((string?)parameter["in"] != "header" || (string?)parameter["name"] is not { } header || !CredentialName.IsMatch(header))
                        continue;
                    if (WhyNotACredential(header, (bool?)parameter["required"] == true) is { } why)
                    {
                        left.Add(new LeftHeader(operation, header, why));
                        continue;
                    }
                    var existing = headers.FirstOrDefault(h => string.Equals(h.Header, header, StringComparison.OrdinalIgnoreCase));
                    headers.Add(new CredentialHeader(operation, header, existing?.Scheme ?? SchemeName(header, headers)));
                }
            }
        }
        var servers = document["servers"] as JArray;
        var placeholder = servers is { Count: > 0 } ? null : PlaceholderHost(id);
        return new Plan(operations, headers, left, placeholder, document["servers"] is JArray);
    }

    private static string? WhyNotACredential(string header, bool required) =>
        PerCallName.IsMatch(header) ? "its name says it is a per-call value (an idempotency key, request id or trace header)"
        : required || KeyName.IsMatch(header) ? null
        : "the page does not require it and its name is not an API key's (*-api-key, api-key, Authorization)";

    public static string Render(Plan plan, string title)
    {
        var yaml = new StringBuilder();
        yaml.Append("overlay: 1.0.0\ninfo:\n  title: ").Append(Quoted($"TokenMint corrections to the {title} spec")).Append("\n  version: 1.0.0\nactions:\n");
        if (plan.PlaceholderServer is { } host)
        {
            var why = $"{Undecided} the pages list no server, so the SDK would have no default base URL. {host} never resolves (RFC 6761), so "
                + "until this names the vendor's real host (from its docs or its own SDKs) nothing is sent anywhere.";
            if (plan.ServersKeyPresent)
                Action(yaml, "$.servers", why, $"      url: {host}\n");
            else
                Action(yaml, "$", why, $"      servers:\n        - url: {host}\n");
        }
        foreach (var header in plan.CredentialHeaders)
            Action(yaml, $"{header.Operation.Target}.parameters[?(@.name == '{header.Header}')]",
                $"{Undecided} the {header.Header} header parameter looks like the credential, which is set once on the client, not passed to every call. "
                + $"Marked, it becomes the {header.Scheme} security scheme (apiKey in this header), leaves the method's parameters and is required "
                + "by the operation. Remove this action if it is an ordinary parameter.",
                $"      {HeaderParameterSchemes.Extension}: {header.Scheme}\n");
        foreach (var operation in plan.Operations)
        {
            Action(yaml, operation.Target,
                $"{Undecided} name the method {operation.Name}, new-vendor's guess "
                + (operation.OperationId is null ? "from the path (the page gives no operationId)." : $"(the page's operationId is {operation.OperationId})."),
                $"      operationId: {operation.Name}\n");
            Action(yaml, operation.Target,
                $"{Undecided} Retry class ({RetryClassification.Extension}): unsafe, the safe default until someone decides: a request that may have reached "
                + "the vendor is not sent again (only a refused connection or a 429 is retried, or a call with an idempotency key). Make it safe when a "
                + "repeat is harmless (minting another short-lived token usually is) and say why here.",
                $"      {RetryClassification.Extension}: unsafe\n");
        }
        return yaml.ToString();
    }

    // "mint_session_token_v1_workspaces__workspace_id__session_tokens_post" (FastAPI's ids: name, path, method) → MintSessionToken;
    // with no operationId, the verb and the last word of the path: POST /v1/session-tokens → CreateSessionTokens.
    private static string GuessName(string method, string path, string? operationId)
    {
        if (!string.IsNullOrWhiteSpace(operationId))
        {
            var generated = Regex.Replace(path, @"\W", "_") + "_" + method;
            var trimmed = operationId.EndsWith(generated, StringComparison.Ordinal) && operationId.Length > generated.Length
                ? operationId[..^generated.Length]
                : operationId;
            var name = Naming.PascalCase(trimmed);
            if (name.Length > 0 && char.IsLetter(name[0]))
                return name;
        }
        var verb = method switch
        {
            "post" => "Create",
            "put" => "Replace",
            "patch" => "Update",
            "delete" => "Delete",
            _ => "Get",
        };
        var noun = path.Split('/').LastOrDefault(segment => segment.Length > 0 && !segment.StartsWith('{')) ?? "Resource";
        return verb + Naming.PascalCase(noun);
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = name + n;
        return candidate;
    }

    // apiKey for the first such header (as the vendors' specs call theirs), then the header's own name in camelCase.
    private static string SchemeName(string header, IReadOnlyList<CredentialHeader> existing)
    {
        if (existing.Count == 0)
            return "apiKey";
        var pascal = Naming.PascalCase(header);
        return Naming.CamelCase(pascal);
    }

    private static void Action(StringBuilder yaml, string target, string description, string update) =>
        yaml.Append("  - target: ").Append(Quoted(target)).Append('\n')
            .Append("    description: ").Append(Quoted(description)).Append('\n')
            .Append("    update:\n").Append(update);

    // Double-quoted YAML: JSONPath targets hold quotes, brackets and braces.
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
