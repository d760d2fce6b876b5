using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Wire;

/// <summary>How one security scheme puts a credential on a request: the header, and the text before the credential ("Bearer ").</summary>
public sealed record AuthHeader(string Scheme, string Header, string Prefix, string Description);

/// <summary>
/// The effective spec's <c>components.securitySchemes</c>, where the SDK's credential headers come from. The SDK sends headers only:
/// an apiKey in a header, or http bearer (Authorization: Bearer). Anything else stops the build rather than going unsent.
/// </summary>
public static class SecuritySchemes
{
    // RFC 9110 token characters: what a header name may hold.
    private static readonly Regex HeaderName = new("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", RegexOptions.CultureInvariant);

    public static IReadOnlyDictionary<string, JObject> Of(JObject document) =>
        (document["components"]?["securitySchemes"] as JObject)?.Properties().Where(p => p.Value is JObject)
            .ToDictionary(p => p.Name, p => (JObject)p.Value, StringComparer.Ordinal)
        ?? new Dictionary<string, JObject>(StringComparer.Ordinal);

    /// <summary>What goes on the wire, in one phrase: "apiKey in header x-api-key", "http bearer (Authorization: Bearer …)".</summary>
    public static string Describe(JObject scheme)
    {
        var type = (string?)scheme["type"];
        return type switch
        {
            "apiKey" => $"apiKey in {(string?)scheme["in"]} {(string?)scheme["name"]}",
            "http" when string.Equals((string?)scheme["scheme"], "bearer", StringComparison.OrdinalIgnoreCase) => "http bearer (Authorization: Bearer …)",
            "http" => $"http {(string?)scheme["scheme"]}",
            _ => type ?? "no type",
        };
    }

    /// <summary>Every scheme as the header the SDK sends; throws naming the scheme when the SDK cannot send it.</summary>
    public static IReadOnlyList<AuthHeader> ForGeneration(JObject document, string vendor)
    {
        var headers = new List<AuthHeader>();
        foreach (var (name, scheme) in Of(document))
        {
            var description = $"securitySchemes.{name}: {Describe(scheme)}";
            var type = (string?)scheme["type"];
            if (type == "apiKey" && (string?)scheme["in"] == "header" && (string?)scheme["name"] is { } header && HeaderName.IsMatch(header))
                headers.Add(new AuthHeader(name, header, string.Empty, description));
            else if (type == "http" && string.Equals((string?)scheme["scheme"], "bearer", StringComparison.OrdinalIgnoreCase))
                headers.Add(new AuthHeader(name, "Authorization", "Bearer ", description));
            else
                throw new SpecException($"{vendor}: {description} is not something the SDK can send (an apiKey in a header, or http bearer). "
                    + $"Correct or remove it in specs/{vendor}/{SpecPreparer.OverlayFileName} with a reason, or teach build/TokenMint.SpecPrep/Wire/SecuritySchemes.cs the new kind.");
        }
        return headers;
    }
}
